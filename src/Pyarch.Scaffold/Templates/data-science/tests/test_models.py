import json
import pickle
from pathlib import Path

from src.data.load import make_sample_dataset
from src.features.build import build_features
from src.models.train import save_model, train


def test_model_learns_the_sample_signal() -> None:
    features, labels = build_features(make_sample_dataset(400, seed=3))

    _, metrics = train(features, labels, seed=3)

    assert metrics["accuracy"] > 0.85


def test_saved_model_predicts_like_the_trained_one(tmp_path: Path) -> None:
    features, labels = build_features(make_sample_dataset(200, seed=5))
    model, metrics = train(features, labels, seed=5)

    path = save_model(model, metrics, tmp_path)

    with path.open("rb") as handle:
        restored = pickle.load(handle)
    assert (restored.predict(features) == model.predict(features)).all()
    assert json.loads((tmp_path / "metrics.json").read_text())["accuracy"] == metrics["accuracy"]
