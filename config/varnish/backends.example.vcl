# Copy to backends.vcl beside default.vcl and name your app servers and the addresses
# allowed to purge (the app servers themselves: they purge on publish).
backend app1 {
    .host = "10.0.0.11";
    .port = "8000";
    .probe = { .url = "/healthz"; .interval = 5s; .timeout = 2s; .window = 5; .threshold = 3; }
}
backend app2 {
    .host = "10.0.0.12";
    .port = "8000";
    .probe = { .url = "/healthz"; .interval = 5s; .timeout = 2s; .window = 5; .threshold = 3; }
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

acl purgers {
    "10.0.0.11";
    "10.0.0.12";
}
