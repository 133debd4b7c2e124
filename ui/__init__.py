"""The PySide6 user interface: windows, dialogs, controllers and the task runner that keeps the GUI thread free."""
