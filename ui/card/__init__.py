"""The Thai ID card panel of the counter screen.

Wire it up with the app's task runner and a card backend::

    controller = CardPanelController(PcscBackend(), runner.run)   # or a demo reader's backend
    panel = CardPanel(controller)
    controller.citizenIdentified.connect(start_visit)              # IdentifiedCitizen, consent included
    controller.start()                                             # begins watching the readers
"""
