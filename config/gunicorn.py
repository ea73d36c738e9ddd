"""gunicorn settings for production: gunicorn -c config/gunicorn.py config.wsgi"""

import os

# Only this host can connect unless GUNICORN_BIND says otherwise: the reverse proxy in front
# is then the only client, so its X-Forwarded-For can be trusted (TRUSTED_PROXY_COUNT). Production
# settings read the same variable and refuse combinations that would let visitors forge it.
bind = (os.environ.get("GUNICORN_BIND", "").strip() or "127.0.0.1:8000").replace(",", " ").split()
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
timeout = 30
# Trust X-Forwarded-* only from the reverse proxy in front.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# The access log records the path but never the query string: query strings
# can carry tokens (links in emails) and what residents searched for.
accesslog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
