"""The pipeline: reading every article (:mod:`kg.pipeline.reading`), building the graph and its outputs
(:mod:`kg.pipeline.building`), and changing a built folder with ``kg add`` / ``kg remove``
(:mod:`kg.pipeline.changing`). It drives every stage below it; only the command line is above it."""
from .building import build, graph_from, run, write_outputs
from .changing import ChangeReport, add, remove
from .reading import BuildReport, analyse_paths

__all__ = ["BuildReport", "ChangeReport", "add", "analyse_paths", "build", "graph_from", "remove", "run",
           "write_outputs"]
