"""whosaid: who said what in news articles, for Slack."""
