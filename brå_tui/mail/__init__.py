"""E-mail between meetings: reminders to owners and the notice to members, composed, logged and sent."""
