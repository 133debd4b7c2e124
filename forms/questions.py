"""Question blocks that the citizen survey and the officer questionnaire of seed 001 share.

Both forms ask whether the e-Service point is suitable, with reasons to tick; the wording of the reasons and the
number of columns differ, the shape does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from forms.blocks import BODY, para
from forms.marks import Choice, Choices

QUESTION = BODY.but(bold=True)
INDENT = 6 * mm


def suitability_question(
    question: str, suitable_heading: str, reasons: Sequence[str], *, columns: int, before: float
) -> KeepTogether:
    """ "Is the e-Service point suitable?": suitable because (tick reasons, or write another) / not, because."""
    return KeepTogether(
        [
            para(question, QUESTION, before=before),
            Choices([Choice(suitable_heading)], BODY, columns=1, indent=INDENT),
            Choices(
                [*(Choice(label) for label in reasons), Choice("อื่น ๆ (โปรดระบุ)", write_in=True)],
                BODY,
                columns=columns,
                indent=INDENT * 2.2,
            ),
            Choices([Choice("ไม่เหมาะสม เพราะ", write_in=True)], BODY, columns=1, indent=INDENT),
        ]
    )
