"""The questions bra answers over a store.

The action log, the risk matrix, owners, decisions, search, people and the next meeting.
"""
