"""The app's screens: one per question (meetings, risk, log, owner, search) plus help and dialogs."""
