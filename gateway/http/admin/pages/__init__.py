"""Server-rendered pages under `/ui/`: sign-in and the admin pages."""
