"""The admin side: sign-in (OIDC or local tokens), roles, the admin API and the admin pages."""
