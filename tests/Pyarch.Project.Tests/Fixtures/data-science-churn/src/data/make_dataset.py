import logging

import pandas as pd


def main(input_path, output_path):
    logging.getLogger(__name__).info("making final data set from raw data")
    pd.read_csv(input_path).dropna().to_parquet(output_path)
