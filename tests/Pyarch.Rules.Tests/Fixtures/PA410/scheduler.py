import sched

from flask import Flask

app = Flask(__name__)
jobs = sched.scheduler()

if __name__ == "__main__":
    jobs.run()
