"""Shared pytest configuration: the emulator's fixtures (sequence_emulator, seeded_emulator, served_emulator)."""

pytest_plugins = ["sequence_async.testing.pytest_plugin"]
