"""Every model of the API (generated attrs classes): ``from sequence_async.models import Customer``.

The same classes as ``sequence_api.models`` (the generated package), under the SDK's own name:
import them from here, so that code does not depend on where the generator's output lives.
"""

from sequence_api.models import *  # noqa: F403  (every generated model, by the generator's own __all__)
from sequence_api.models import __all__ as __all__
