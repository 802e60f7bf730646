"""From bytes to articles: decoding, punctuation, normalising, splitting an issue, the proofreader's structure corrections."""
