"""What changes the review on screen: the controller, batches of decisions, the autosave, the loading job."""
