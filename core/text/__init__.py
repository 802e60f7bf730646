"""From bytes to articles: decoding, punctuation, normalising, splitting an issue, structure corrections."""
