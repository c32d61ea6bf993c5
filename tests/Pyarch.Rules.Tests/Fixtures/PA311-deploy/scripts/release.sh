#!/bin/sh
set -e
# expect: PA311 "`FLASK_DEBUG=yes`"
FLASK_DEBUG=yes flask --app app run --port 5002
echo "--debug is only a word here"
