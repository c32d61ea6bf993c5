"""Train and evaluate the model. Run the whole pipeline with: python -m src.models.train"""
from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path
from typing import Dict, Tuple

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from src.config import settings
from src.data.load import load_raw, make_sample_dataset, save_processed
from src.features.build import build_features
from src.logging_config import configure_logging

logger = logging.getLogger(__name__)


def train(features: pd.DataFrame, labels: pd.Series, seed: int) -> Tuple[Pipeline, Dict[str, float]]:
    x_train, x_test, y_train, y_test = train_test_split(
        features, labels, test_size=0.25, random_state=seed, stratify=labels
    )
    model = Pipeline([("scale", StandardScaler()), ("classify", LogisticRegression(random_state=seed))])
    model.fit(x_train, y_train)
    accuracy = float(accuracy_score(y_test, model.predict(x_test)))
    return model, {"accuracy": accuracy, "test_rows": float(len(y_test))}


def save_model(model: Pipeline, metrics: Dict[str, float], directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "model.pkl"
    with path.open("wb") as handle:
        pickle.dump(model, handle)
    (directory / "metrics.json").write_text(json.dumps(metrics, indent=2))
    return path


def main() -> None:
    configure_logging(settings.LOG_LEVEL)
    raw = settings.raw_dir / "dataset.csv"
    if raw.exists():
        frame = load_raw(raw)
    else:
        logger.warning("%s not found; training on a generated sample dataset", raw)
        frame = make_sample_dataset(seed=settings.RANDOM_SEED)
    save_processed(frame, settings.processed_dir / "dataset.csv")
    features, labels = build_features(frame)
    model, metrics = train(features, labels, settings.RANDOM_SEED)
    path = save_model(model, metrics, settings.models_dir)
    logger.info("saved %s with accuracy %.3f", path, metrics["accuracy"])


if __name__ == "__main__":
    main()
