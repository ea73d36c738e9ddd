# The shared page cache in front of the app servers (README, "Running at scale").
# It keeps what the app marks public (core/page_cache.py: anonymous visitors' pages),
# passes the admin, forms, previews and anyone signed in, and takes purges only from
# the app servers. backends.vcl, beside this file, names the app servers and who may purge
# (backends.example.vcl shows the form; `make cluster` writes its own).
vcl 4.1;

import directors;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();

    # A purge drops every query-string variant of a path (filters, pages of a listing);
    # a BAN empties the cache, for what every page shows (menu, footer, terms).
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.http.x-path ~ ^/");
        } else {
            ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|api|documents)(/|$)") {
        return (pass);
    }
    # Signed in (staff): their pages carry the user bar and are theirs alone.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(__Host-)?sessionid=") {
        return (pass);
    }
    # Anonymous pages do not depend on cookies; a form sets a fresh CSRF cookie itself.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Remembered with the object so that a purge can find it by path (bans test only obj.*).
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # Only what the app marks public is kept; anything with a cookie never is.
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml)|image/svg)") {
        set beresp.do_gzip = true;
    }
    # Served a little stale while a fresh copy is fetched, or while the app servers are down.
    set beresp.grace = 1h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
