"""OpenTelemetry SDK providers with in-memory exporters, and readers of what they caught."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind


@dataclass
class Telemetry:
    """A tracer provider and a meter provider whose spans and metric points stay in memory."""

    exporter: InMemorySpanExporter = field(default_factory=InMemorySpanExporter)
    reader: InMemoryMetricReader = field(default_factory=InMemoryMetricReader)

    def __post_init__(self) -> None:
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    @property
    def providers(self) -> dict[str, Any]:
        """``SequenceClient(**telemetry.providers)``."""
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    def spans(self, kind: SpanKind | None = None) -> list[ReadableSpan]:
        """Finished spans in the order they ended, only ``kind`` if given."""
        found = list(self.exporter.get_finished_spans())
        return [span for span in found if kind is None or span.kind == kind]

    def children(self, parent: ReadableSpan) -> list[ReadableSpan]:
        return [span for span in self.spans() if span.parent is not None and span.parent.span_id == _id(parent)]

    def points(self, name: str) -> list[Any]:
        """The data points of metric ``name`` (cumulative since the providers were made)."""
        return [point for metric in self._metrics() if metric.name == name for point in metric.data.data_points]

    def metric_names(self) -> set[str]:
        return {metric.name for metric in self._metrics()}

    def texts(self) -> Iterator[str]:
        """Everything a span or metric shows: names, attribute keys and values, events, status descriptions."""
        for span in self.spans():
            yield span.name
            yield from _attribute_texts(span.attributes)
            if span.status.description:
                yield span.status.description
            for event in span.events:
                yield event.name
                yield from _attribute_texts(event.attributes)
        for metric in self._metrics():
            for point in metric.data.data_points:
                yield from _attribute_texts(point.attributes)

    def _metrics(self) -> list[Any]:
        data = self.reader.get_metrics_data()
        if data is None:
            return []
        return [
            metric for resource in data.resource_metrics for scope in resource.scope_metrics for metric in scope.metrics
        ]


def _id(span: ReadableSpan) -> int:
    assert span.context is not None
    span_id: int = span.context.span_id
    return span_id


def _attribute_texts(attributes: Any) -> Iterator[str]:
    for key, value in (attributes or {}).items():
        yield str(key)
        yield str(value)
