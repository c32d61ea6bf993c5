import mlflow
import torch
from sklearn.ensemble import RandomForestClassifier


def train(features, labels):
    with mlflow.start_run():
        model = RandomForestClassifier().fit(features, labels)
        mlflow.log_param("n_estimators", model.n_estimators)
    return model, torch.tensor([0.0])
