"""The admin side over HTTP: the `/admin/` API, the `/ui/` pages, sign-in, role guards."""
