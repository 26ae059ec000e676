"""Access: API keys (format, hashing, storage, authentication) and the accounts behind them."""
