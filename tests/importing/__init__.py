from pathlib import Path

# The hand-labelled articles the importer is measured on (make importer-eval).
CORPUS = Path(__file__).parent / "corpus"
