"""The questions bra answers over a store: action log, risk matrix, owners, decisions, search, people, the next meeting."""
