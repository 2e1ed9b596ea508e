"""blind17e: 45 invented wire stories (Reuters/AP/AFP/IANS style), annotated by meetings.GUIDELINE.md.
Emits blind17e.jsonl. Stories live in blind17e_a.py and blind17e_b.py; helpers in common.py."""
import sys
from common import emit
from blind17e_a import A
from blind17e_b import B

if __name__ == "__main__":
    emit(A + B, sys.argv[1] if len(sys.argv) > 1 else "blind17e.jsonl")
