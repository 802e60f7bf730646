"""The widgets the window is made of: each shows core objects and knows nothing of the others."""
