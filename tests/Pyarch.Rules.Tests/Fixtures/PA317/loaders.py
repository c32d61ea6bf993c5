"""Loading models, caches and configuration for the recommendation worker."""
import json
import marshal
import pickle as pkl
import shelve
from pickle import loads as decode

import dill
import joblib
import torch
import yaml
from yaml import CSafeLoader, FullLoader


def restore_session(blob):
    return pkl.loads(blob)  # expect: 12 PA317 "`pkl.loads` unpickles data"


def restore_many(blobs):
    return [decode(b) for b in blobs]  # expect: PA317 "`decode`"


def save_session(session, path):
    with open(path, "wb") as handle:
        pkl.dump(session, handle)
    return pkl.dumps(session)


def cache(path):
    return shelve.open(path)  # expect: PA317


def code_object(data):
    return marshal.loads(data)  # expect: PA317 "`marshal.loads`"


def closures(data):
    return dill.loads(data)  # expect: PA317


def config(text):
    unsafe = yaml.load(text)  # expect: PA317 "without a safe `Loader`"
    full = yaml.load(text, Loader=FullLoader)  # expect: PA317
    also_unsafe = yaml.unsafe_load(text)  # expect: PA317
    safe = yaml.load(text, Loader=yaml.SafeLoader)
    fast = yaml.load(text, CSafeLoader)
    simplest = yaml.safe_load(text)
    return unsafe, full, also_unsafe, safe, fast, simplest, json.loads(text)


def model(path):
    weights = torch.load(path, weights_only=True)
    legacy = torch.load(path)  # expect: PA317 "without `weights_only=True`"
    explicit = torch.load(path, weights_only=False)  # expect: PA317
    return weights, legacy, explicit


def estimator(path):
    bundled = joblib.load("models/ranker.joblib")
    downloaded = joblib.load(path)  # expect: PA317 "`joblib.load` of a path that is not a literal"
    return bundled, downloaded
