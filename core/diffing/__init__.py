"""What differs inside each pair: the diff, its tokens, the hunks a proofreader decides, and their flags."""
