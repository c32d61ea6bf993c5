import time


class Worker:
    def run(self, host="0.0.0.0"):
        time.sleep(1)


if __name__ == "__main__":
    Worker().run()
