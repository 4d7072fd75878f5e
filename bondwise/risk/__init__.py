"""Risk detection: rules on our spaCy pipeline plus a learned classifier.

`detector.RiskDetector.detect(text)` is the single entry point; the Rasa component
(`component.py`) and the policy (`policy.py`) put it in front of every message.
"""
