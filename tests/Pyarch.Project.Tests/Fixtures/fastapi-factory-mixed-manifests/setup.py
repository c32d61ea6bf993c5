from setuptools import find_packages, setup

REQUIREMENTS = [
    "fastapi>=0.110",
    "sqlmodel>=0.0.16",
    "pymysql>=1.1",
    "aiomysql>=0.2",
    "motor>=3.3",
]

setup(
    name="ledger",
    version="0.4.0",
    packages=find_packages(exclude=["tests"]),
    python_requires=">=3.10",
    install_requires=REQUIREMENTS,
    extras_require={"realtime": ["python-socketio>=5.11"]},
    entry_points={"console_scripts": ["ledger-admin = ledger.cli:main"]},
)
