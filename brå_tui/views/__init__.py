"""Rich renderables for the store's answers, shared by the command line and the app; they never print."""
