"""The main window and its commands, each group acting through the controller."""
