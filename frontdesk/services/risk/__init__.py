"""No-show risk per upcoming session, learnt from the practice's own history.

`features` (what the model looks at, as of each session), `fit` (numpy logistic regression,
Platt scaling, AUC / Brier / reliability), `train` (the time split), `model` (the stored
model and its reasons in words), `service` (`RiskService`), `job` (the weekly retraining).
The model lives in the practice's database (`risk_model`); nothing leaves the PC.
"""
