"""The domain core of the Damrongdham e-Service counter.

Nothing in here imports Qt or talks to hardware or the network: the rules, the statistics, the numbering and the
local store must be testable and reusable on their own (by the CLI, the GUI and the server alike).
"""
