"""Operations endpoints of the admin service."""
import ast
import os
import subprocess as sp

from flask import Flask, request

from .jobs import enqueue

app = Flask(__name__)


@app.get("/ping")
def ping():
    host = request.args["host"]
    # expect: PA318 "`sp.run` with `shell=True` runs its command through a shell with data from the request"
    result = sp.run(f"ping -c 1 {host}", shell=True, capture_output=True)
    safe = sp.run(["/usr/bin/ping", "-c", "1", "--", host], capture_output=True)
    return result.stdout + safe.stdout


@app.get("/calc")
def calc():
    expression = request.args.get("expr", "0")
    value = eval(expression)  # expect: PA318 "`eval` runs Python code built at run time with data from the request"
    literal = ast.literal_eval(expression)
    return str(value + literal)


def backup(directory):
    os.system("tar czf /backups/site.tgz *")  # expect: PA318 "`os.system` runs its command through a shell"
    os.system(f"rm -rf {directory}/tmp")  # expect: PA318
    listing = os.popen("ls -l " + directory).read()  # expect: PA318 "`os.popen`"
    return listing


def maintenance(script, flags):
    sp.check_call("make clean", shell=True)  # expect: PA318 "`shell=True`"
    sp.call(script, shell=flags.use_shell)  # expect: PA318
    sp.call(script, shell=False)
    sp.run(["git", "pull", "--ff-only"], check=True)  # expect: PA318 "starts `git`, which `PATH` resolves"
    sp.run(["/usr/bin/git", "status"], check=True)
    sp.run(["./manage.py", "migrate"], check=True)
    enqueue("reindex", shell=True)  # expect: PA318 "`enqueue` with `shell=True`"
    exec(compile("x = 1", "<config>", "exec"))  # expect: PA318 "`exec` runs Python code built at run time"
    exec("import this")
    return sp.getoutput("uptime")  # expect: PA318 "`sp.getoutput`"
