"""The blind English sets (tests/fixtures/en_blind*/): invented articles in house styles our
fixtures do not cover, each written by someone who had not read the engine and never ran it, with
gold built by its own ``make_gold_en_blind*.py`` in the conventions of ``make_gold.py``. A set is
measured once, before any rule is written against its errors (docs/evaluation.md keeps that
first measure); afterwards it guards what the rounds fixed. The floors are the numbers measured
when they were pinned (beside each, ``onrecord evaluate tests/fixtures/<set>/gold.jsonl``) less
0.02, rounded down; lowering one needs a reason written next to it."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import FIXTURES
from spacy.language import Language

import onrecord
from onrecord.evaluation import evaluate, load_jsonl

SETS = {f"en_blind{n}": f"make_gold_en_blind{n}.py" for n in range(1, 184)}

FLOORS = {
    # rounds 1 and 2 were written against en_blind1-4 (first measures: en_blind1 0.928, 0.894,
    # 0.855; en_blind2 0.935, 0.825, 0.791; en_blind3 0.941, 0.846, 0.815; en_blind4 0.910,
    # 0.916, 0.860); the floors are after round 2
    "en_blind1": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.96,  # 0.955, 0.985
                  "attribution_F1@0.3": 0.95},  # 0.970
    "en_blind2": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.95,  # 0.946, 0.976
                  "attribution_F1@0.3": 0.92},  # 0.946
    "en_blind3": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.96,  # 0.944, 0.985
                  "attribution_F1@0.3": 0.93},  # 0.952
    "en_blind4": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.92,  # 0.917, 0.947
                  "attribution_F1@0.3": 0.87},  # 0.895
    # first measures, after round 2; no rule written against them: they calibrate confidence
    "en_blind5": {"quote_F1@0.8": 0.87, "speaker_acc@0.3": 0.87,  # 0.898, 0.898
                  "attribution_F1@0.3": 0.81},  # 0.839
    "en_blind6": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.85,  # 0.920, 0.877
                  "attribution_F1@0.3": 0.81},  # 0.832
    # first measure (session 18, before round 3): 0.929, 0.881, 0.844; floors after round 3
    "en_blind7": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.90,  # 0.929, 0.926
                  "attribution_F1@0.3": 0.86},  # 0.887
    # first measure (session 18, after French round 15, before English round 3): 0.930, 0.861,
    # 0.829; floors after round 4 (session 19), written against its errors
    "en_blind8": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.91,  # 0.930, 0.938
                  "attribution_F1@0.3": 0.88},  # 0.903
    # first measure (session 19, before round 4; unchanged after it): 0.949, 0.768, 0.753;
    # floors after round 5, written against its errors
    "en_blind9": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.91,  # 0.949, 0.942
                  "attribution_F1@0.3": 0.89},  # 0.924
    # first measure (session 19, after round 5): 0.937, 0.926, 0.911; floors after round 6
    # (session 20), written against its errors
    "en_blind10": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.96,  # 0.937, 0.980
                    "attribution_F1@0.3": 0.94},  # 0.964
    # first measure (session 20, after round 6): 0.962, 0.739, 0.720; floors after round 7,
    # written against its errors
    "en_blind11": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.87,  # 0.962, 0.895
                    "attribution_F1@0.3": 0.85},  # 0.873
    # first measure (session 20, after round 7): 0.929, 0.761, 0.731; floors after round 9
    # (session 22), written against its errors
    "en_blind12": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.87,  # 0.935, 0.897
                    "attribution_F1@0.3": 0.84},  # 0.867
    # first measure (session 22, before any rule of the session): 0.937, 0.893, 0.837; floors
    # after rounds 8 and 9, written against its errors
    "en_blind13": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.93,  # 0.942, 0.956
                    "attribution_F1@0.3": 0.87},  # 0.900
    # first measure (session 22, after English round 9; the code before the session's rounds
    # gives the same): 0.956, 0.900, 0.876; floors after round 10, written against its errors
    "en_blind14": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.93,  # 0.956, 0.955
                    "attribution_F1@0.3": 0.90},  # 0.929
    # first measure (session 23, before any rule of the session): 0.926, 0.798, 0.752; floors
    # after English round 12, written against its errors
    "en_blind15": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.89,  # 0.926, 0.921
                    "attribution_F1@0.3": 0.84},  # 0.868
    # first measure (session 23, before any rule): 0.947, 0.871, 0.850; floors after English
    # round 11, written against its errors
    "en_blind16": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.97,  # 0.952, 1.000
                    "attribution_F1@0.3": 0.95},  # 0.981
    # first measure (session 23, after English round 11; the session's starting code gives the
    # same): 0.959, 0.850, 0.831; after round 12 (written against en_blind15, blind to this
    # set): 0.959, 0.879, 0.858; floors after round 14 (session 24), written against its errors
    "en_blind17": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.91,  # 0.959, 0.935
                    "attribution_F1@0.3": 0.89},  # 0.913
    # first measure (session 23, after English rounds 11 and 12; the session's starting code
    # gives the same): 0.940, 0.895, 0.872; floors after round 13, written against its errors
    "en_blind18": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.90,  # 0.940, 0.930
                    "attribution_F1@0.3": 0.88},  # 0.906
    # first measure (session 24, the session's starting code): 0.872, 0.727, 0.659; floors
    # after round 14, written against its errors
    "en_blind19": {"quote_F1@0.8": 0.85, "speaker_acc@0.3": 0.87,  # 0.872, 0.896
                    "attribution_F1@0.3": 0.79},  # 0.812
    # first measure (session 24, the session's starting code): 0.934, 0.910, 0.861; kept
    # blind (the session's final code gives the same)
    "en_blind20": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.89,  # 0.934, 0.910
                    "attribution_F1@0.3": 0.84},  # 0.861
    # first measure (session 24, the session's starting code): 0.946, 0.931, 0.880; floors
    # after round 15, written against its errors
    "en_blind21": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.93,  # 0.946, 0.954
                    "attribution_F1@0.3": 0.88},  # 0.902
    # first measure (session 25, the session's starting code): 0.930, 0.898, 0.851; floors
    # after round 16, written against its errors
    "en_blind22": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.96,  # 0.947, 0.982
                    "attribution_F1@0.3": 0.92},  # 0.947
    # first measure (session 25, the session's starting code): 0.954, 0.952, 0.908; kept
    # blind (the session's final code gives the same)
    "en_blind23": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.93,  # 0.954, 0.952
                    "attribution_F1@0.3": 0.88},  # 0.908
    # first measure (session 25, the session's starting code): 0.920, 0.895, 0.839; kept
    # blind that session (its final code: 0.924, 0.895, 0.843); floors after English round 17
    # (session 26), written against its errors
    "en_blind24": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.98,  # 0.929, 1.000
                    "attribution_F1@0.3": 0.92},  # 0.946
    # first measure (session 26, the session's starting code): 0.932, 0.929, 0.880; kept blind
    "en_blind25": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.90,  # 0.932, 0.929
                    "attribution_F1@0.3": 0.86},  # 0.880
    # first measure (session 26, the session's starting code): 0.982, 0.815, 0.807; floors
    # after English round 17, written against its errors
    "en_blind26": {"quote_F1@0.8": 0.96, "speaker_acc@0.3": 0.97,  # 0.982, 0.991
                    "attribution_F1@0.3": 0.96},  # 0.982
    # first measure (session 26, after round 17; the session's starting code gives the same):
    # 0.926, 0.897, 0.860; floors after English round 18, written against its errors
    "en_blind27": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.94,  # 0.926, 0.974
                    "attribution_F1@0.3": 0.90},  # 0.934
    # first measure (session 27, the session's starting code, mended only where it raised on one
    # article): 0.972, 0.871, 0.854; floors after English round 19, written against its errors
    "en_blind28": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.93,  # 0.972, 0.952
                    "attribution_F1@0.3": 0.91},  # 0.933
    # first measure (session 27, the session's starting code): 0.922, 0.923, 0.889; kept blind
    "en_blind29": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.90,  # 0.922, 0.923
                    "attribution_F1@0.3": 0.86},  # 0.889
    # first measure (session 27, the session's starting code): 0.938, 0.838, 0.807; kept blind
    # (after English round 19, written against en_blind28: 0.938, 0.846, 0.815)
    "en_blind30": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.82,  # 0.938, 0.846
                    "attribution_F1@0.3": 0.79},  # 0.815
    # written at the end of session 27 and measured blind with the session's final code (0.958,
    # 0.849, 0.820); floors after English round 21 (session 28), written against its errors
    "en_blind31": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.89,  # 0.958, 0.921
                    "attribution_F1@0.3": 0.86},  # 0.889
    # first measure (session 28, the session's starting code): 0.959, 0.877, 0.854; floors after
    # English round 20, written against its errors
    "en_blind32": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.97,  # 0.959, 1.000
                    "attribution_F1@0.3": 0.94},  # 0.974
    # first measure (session 28, the session's starting code): 0.947, 0.898, 0.858; kept blind
    "en_blind33": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.87,  # 0.947, 0.898
                    "attribution_F1@0.3": 0.83},  # 0.858
    # written at the end of session 28 and measured blind with the code after English round 21
    # (the session's starting code gives the same): 0.976, 0.872, 0.858; floors after English
    # round 22, written against its errors
    "en_blind34": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.89,  # 0.976, 0.920
                    "attribution_F1@0.3": 0.87},  # 0.906
    # first measure (session 29, the session's starting code): 0.974, 0.969, 0.944; kept blind
    "en_blind35": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.94,  # 0.974, 0.969
                    "attribution_F1@0.3": 0.92},  # 0.944
    # first measure (session 29, the session's starting code): 0.985, 0.821, 0.809; floors after
    # English round 23, written against its errors
    "en_blind36": {"quote_F1@0.8": 0.96, "speaker_acc@0.3": 0.95,  # 0.985, 0.978
                    "attribution_F1@0.3": 0.94},  # 0.963
    # written in session 29 and measured once, blind, with the code after English round 23 (the
    # session's starting code: 0.962, 0.928, 0.899); kept blind
    "en_blind37": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.91,  # 0.962, 0.935
                    "attribution_F1@0.3": 0.88},  # 0.906
    # first measure (session 30, the session's starting code): 0.933, 0.861, 0.824; floors
    # after English round 24, written against its errors
    "en_blind38": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,  # 0.941, 0.943
                    "attribution_F1@0.3": 0.89},  # 0.910
    # written in session 30 and measured once, blind, with the code after English round 24 (the
    # session's starting code gives the same); kept blind
    "en_blind39": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.91,  # 0.945, 0.934
                    "attribution_F1@0.3": 0.87},  # 0.898
    # written in session 31 and measured once, blind, with the session's starting code; kept
    # blind
    "en_blind40": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.93,  # 0.969, 0.952
                    "attribution_F1@0.3": 0.90},  # 0.922
    # written late in session 31 and measured once, blind, with the code after French round 42
    # (the session's starting code gives the same); kept blind
    "en_blind41": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.88,  # 0.961, 0.904
                    "attribution_F1@0.3": 0.85},  # 0.876
    # first measure (session 32, the session's starting code): 0.979, 0.874, 0.856; floors
    # after English round 26, written against its errors
    "en_blind42": {"quote_F1@0.8": 0.96, "speaker_acc@0.3": 0.97,  # 0.984, 1.000
                    "attribution_F1@0.3": 0.96},  # 0.984
    # written in session 32 and measured with its starting code and its final code (the same
    # both times); kept blind
    "en_blind43": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.88,  # 0.959, 0.903
                    "attribution_F1@0.3": 0.84},  # 0.866
    # written late in session 32 and measured with its starting code and its code after French
    # round 45 (the same both times); kept blind
    "en_blind44": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.86,  # 0.979, 0.892
                    "attribution_F1@0.3": 0.85},  # 0.874
    # first measure (session 33, the session's starting code): 0.941, 0.912, 0.859
    "en_blind45": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.89,  # 0.941, 0.912
                    "attribution_F1@0.3": 0.84},  # 0.859
    # first measure (session 33, the session's starting code; the code after French round 48
    # gives the same): 0.869, 0.884, 0.796; floors after English round 27, written against its
    # errors, and round 28 (its leftovers)
    "en_blind46": {"quote_F1@0.8": 0.86, "speaker_acc@0.3": 0.94,  # 0.883, 0.965
                    "attribution_F1@0.3": 0.86},  # 0.883
    # first measure (session 34, the session's starting code): 0.948, 0.826, 0.789; floors
    # after English round 28, written against its errors
    "en_blind47": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.95,  # 0.958, 0.978
                    "attribution_F1@0.3": 0.92},  # 0.944
    # first measure (session 34, the session's starting code): 0.926, 0.848, 0.791; measured
    # again after English round 28 (0.929, 0.891, 0.834), its errors not read; kept blind
    "en_blind48": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.87,  # 0.929, 0.891
                    "attribution_F1@0.3": 0.81},  # 0.834
    # first measure (session 34, the session's starting code): 0.956, 0.800, 0.765; measured
    # again after English round 28 (0.962, 0.829, 0.797), its errors not read; kept blind
    "en_blind49": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.80,  # 0.962, 0.829
                    "attribution_F1@0.3": 0.77},  # 0.797
    # first measure (session 35, the session's starting code): 0.953, 0.908, 0.871; the final
    # code gives the same (the session's rounds were French); kept blind, its errors not read
    "en_blind50": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.88,  # 0.953, 0.908
                    "attribution_F1@0.3": 0.84},  # 0.871
    # first measure (session 35, the session's starting code): 0.950, 0.895, 0.855; the final
    # code gives the same; kept blind, its errors not read
    "en_blind51": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.87,  # 0.950, 0.895
                    "attribution_F1@0.3": 0.83},  # 0.855
    # first measure (session 36, the session's starting code): 0.927, 0.948, 0.891
    "en_blind52": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.92,  # 0.927, 0.948
                    "attribution_F1@0.3": 0.86},  # 0.891
    # first measure (session 37, the session's starting code): 0.934, 0.904, 0.858
    "en_blind53": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.88,  # 0.934, 0.904
                    "attribution_F1@0.3": 0.83},  # 0.858
    # first measure (session 38, the session's starting code): 0.928, 0.943, 0.906
    "en_blind54": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.91,  # 0.928, 0.943
                    "attribution_F1@0.3": 0.87},  # 0.906
    # first measure (session 39, the session's starting code): 0.964, 0.876, 0.845
    "en_blind55": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.85,  # 0.964, 0.876
                    "attribution_F1@0.3": 0.82},  # 0.845
    # first measure (session 40, the session's starting code): 0.906, 0.814, 0.750
    "en_blind56": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.79,  # 0.906, 0.814
                    "attribution_F1@0.3": 0.72},  # 0.750
    # first measure (session 41, the session's starting code): 0.905, 0.817, 0.778
    "en_blind57": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.79,  # 0.905, 0.817
                    "attribution_F1@0.3": 0.75},  # 0.778
    # first measure (session 42, the session's starting code): 0.899, 0.939, 0.865
    "en_blind58": {"quote_F1@0.8": 0.87, "speaker_acc@0.3": 0.91,  # 0.899, 0.939
                    "attribution_F1@0.3": 0.84},  # 0.865
    # first measure (session 42, the session's starting code): 0.875, 0.975, 0.875
    "en_blind59": {"quote_F1@0.8": 0.85, "speaker_acc@0.3": 0.95,  # 0.875, 0.975
                    "attribution_F1@0.3": 0.85},  # 0.875
    # first measure (session 42, the session's starting code): 0.893, 0.896, 0.821
    "en_blind60": {"quote_F1@0.8": 0.87, "speaker_acc@0.3": 0.87,  # 0.893, 0.896
                    "attribution_F1@0.3": 0.80},  # 0.821
    # first measure (session 43, the session's starting code): 0.906, 0.892, 0.830
    "en_blind61": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.87,  # 0.906, 0.892
                    "attribution_F1@0.3": 0.81},  # 0.830
    # first measure (session 43, the session's starting code): 0.894, 0.920, 0.857
    "en_blind62": {"quote_F1@0.8": 0.87, "speaker_acc@0.3": 0.90,  # 0.894, 0.920
                    "attribution_F1@0.3": 0.83},  # 0.857
    # first measure (session 43, the session's starting code): 0.912, 0.886, 0.819
    "en_blind63": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.86,  # 0.912, 0.886
                    "attribution_F1@0.3": 0.79},  # 0.819
    # first measure (session 43, the session's starting code): 0.946, 0.848, 0.802
    "en_blind64": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.82,  # 0.946, 0.848
                    "attribution_F1@0.3": 0.78},  # 0.802
    # first measure (session 44, the session's starting code): 0.922, 0.949, 0.886
    "en_blind65": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 44, the session's starting code): 0.952, 0.887, 0.845
    "en_blind66": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.86,
                    "attribution_F1@0.3": 0.82},
    # first measure (session 44, the session's starting code): 0.911, 0.831, 0.757
    "en_blind67": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.81,
                    "attribution_F1@0.3": 0.73},
    # first measure (session 45, the session's starting code): 0.933, 0.920, 0.876
    "en_blind68": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 46, the session's starting code): 0.980, 0.938, 0.919
    "en_blind69": {"quote_F1@0.8": 0.96, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 47, the session's starting code): 0.952, 0.920, 0.885
    "en_blind70": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 47, the session's starting code): 0.955, 0.796, 0.775; read for
    # the last change of English round 30 (0.955, 0.833, 0.811) and for English round 35
    # (0.955, 0.907, 0.883)
    "en_blind71": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 48, the session's starting code): 0.961, 0.920, 0.893
    "en_blind72": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 48, the session's starting code): 0.942, 0.956, 0.911
    "en_blind73": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 48, the session's final code; its starting code reads the same):
    # 0.944, 0.957, 0.914
    "en_blind74": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 49, the session's starting code): 0.940, 0.883, 0.830; kept blind
    # until English round 35 (session 51) was written against it (0.940, 0.936, 0.880)
    "en_blind75": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 49, the session's starting code): 0.915, 0.875, 0.836; kept blind
    # until English round 33 (session 50) was written against it (0.945, 0.979, 0.935)
    "en_blind76": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.96,
                    "attribution_F1@0.3": 0.91},
    # first measure (session 49, the session's starting code): 0.935, 0.812, 0.766; read for
    # English round 32 (0.935, 0.931, 0.879)
    "en_blind77": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 50, the session's starting code): 0.918, 0.914, 0.867
    "en_blind78": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 50, the session's starting code): 0.932, 0.885, 0.825; read for
    # English round 33 (0.932, 0.969, 0.903)
    "en_blind79": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.95,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 50, written mid-session, the code after English round 33): 0.917,
    # 0.821, 0.761; read for English round 34 (0.917, 0.947, 0.878)
    "en_blind80": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 50, written mid-session, the code after English round 33): 0.950,
    # 0.926, 0.880
    "en_blind81": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 51, the session's starting code): 0.909, 0.951, 0.882; read for
    # English round 35 (0.909, 0.980, 0.909)
    "en_blind82": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.96,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 51, the session's starting code): 0.936, 0.939, 0.906
    "en_blind83": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 51, written mid-session, the session's starting code): 0.929,
    # 0.848, 0.796; read for English round 35 (0.939, 0.968, 0.918)
    "en_blind84": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.95,
                    "attribution_F1@0.3": 0.90},
    # first measure (session 51, written mid-session, the session's starting code): 0.941,
    # 0.917, 0.863
    "en_blind85": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 52, the session's starting code): 0.960, 0.895, 0.859; read for
    # English round 36 (0.969, 0.979, 0.949)
    "en_blind86": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.96,
                    "attribution_F1@0.3": 0.93},
    # first measure (session 52, the session's starting code): 0.931, 0.917, 0.863
    "en_blind87": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 52, written late, the session's final code): 0.921, 0.914, 0.842
    "en_blind88": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.82},
    # first measure (session 52, written late, the session's final code): 0.930, 0.894, 0.840
    "en_blind89": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.87,
                    "attribution_F1@0.3": 0.82},
    # first measure (session 53, the session's starting code): 0.958, 0.913, 0.874
    "en_blind90": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 53, the session's starting code): 0.906, 0.916, 0.857; read for
    # English round 37 (0.936, 1.000, 0.946)
    "en_blind91": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.97,
                    "attribution_F1@0.3": 0.92},
    # first measure (session 53, the session's starting code): 0.927, 0.916, 0.849
    "en_blind92": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.83},
    # first measure (session 53, the session's starting code): 0.933, 0.939, 0.886
    "en_blind93": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 53, written late, the session's final code): 0.928, 0.854, 0.792;
    # read for English round 38 (0.932, 0.958, 0.893)
    "en_blind94": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.94,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 53, written late, the session's final code): 0.915, 0.890, 0.814;
    # read for English round 38 (0.929, 0.967, 0.899)
    "en_blind95": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.95,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 54, the session's starting code): 0.954, 0.903, 0.862; read for
    # English round 39 (0.954, 0.979, 0.933)
    "en_blind96": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.95,
                    "attribution_F1@0.3": 0.91},
    # first measure (session 54, the session's starting code): 0.938, 0.929, 0.872
    "en_blind97": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 54, written late, the session's final code): 0.945, 0.883, 0.834;
    # read for English round 39 (0.955, 0.958, 0.915)
    "en_blind98": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 54, written late, the session's final code): 0.969, 0.968, 0.939
    "en_blind99": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.95,
                    "attribution_F1@0.3": 0.92},
    # first measure (session 55, the session's starting code): 0.930, 0.884, 0.840; pinned
    # after English round 39 (0.930, 0.905, 0.860)
    "en_blind100": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.88,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 55, the session's starting code): 0.910, 0.791, 0.720; read for
    # English round 39 (0.915, 0.857, 0.784)
    "en_blind101": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.83,
                    "attribution_F1@0.3": 0.76},
    # first measure (session 55, mid-session, the session's starting code): 0.922, 0.842, 0.777;
    # pinned after English round 39 (0.922, 0.853, 0.786)
    "en_blind102": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.83,
                    "attribution_F1@0.3": 0.76},
    # first measure (session 55, mid-session, the session's starting code): 0.929, 0.806, 0.765;
    # pinned after English round 39 (0.918, 0.806, 0.765); read for English round 40 (0.923,
    # 0.871, 0.831)
    "en_blind103": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.85,
                    "attribution_F1@0.3": 0.81},
    # first measure (session 55, written late, the session's final code): 0.915, 0.857, 0.784;
    # read for English round 40 (0.929, 0.923, 0.857)
    "en_blind104": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.83},
    # first measure (session 55, written late, the session's final code): 0.914, 0.912, 0.843;
    # read for English round 41 (session 57: 0.918, 0.956, 0.888)
    "en_blind105": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 56, the session's starting code): 0.932, 0.833, 0.777; read for English
    # round 40 (0.932, 0.854, 0.796)
    "en_blind106": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.83,
                    "attribution_F1@0.3": 0.77},
    # first measure (session 56, the session's starting code): 0.894, 0.925, 0.864; read for English
    # round 40 (0.904, 0.946, 0.893); after English round 41 (session 57): 0.904, 0.957, 0.904
    "en_blind107": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 56, mid-session, the session's starting code): 0.919, 0.826, 0.768;
    # read for English round 40 (0.924, 0.891, 0.832)
    "en_blind108": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.87,
                    "attribution_F1@0.3": 0.81},
    # first measure (session 56, mid-session, the session's starting code): 0.902, 0.865, 0.798;
    # read for English round 40 (0.902, 0.944, 0.870)
    "en_blind109": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 56, written late, the session's final code): 0.921, 0.779, 0.733;
    # read for English round 41 (session 57: 0.921, 0.874, 0.822)
    "en_blind110": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.85,
                    "attribution_F1@0.3": 0.80},
    # first measure (session 56, written late, the session's final code): 0.929, 0.903, 0.857
    "en_blind111": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.88,
                    "attribution_F1@0.3": 0.83},
    # first measure (session 57, the session's starting code): 0.914, 0.833, 0.762; read for
    # English round 41 (0.914, 0.854, 0.781)
    "en_blind112": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.83,
                    "attribution_F1@0.3": 0.76},
    # first measure (session 57, the session's starting code): 0.905, 0.846, 0.774; read for
    # English round 42 (session 58: 0.905, 0.868, 0.794)
    "en_blind113": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.84,
                    "attribution_F1@0.3": 0.77},
    # first measure (session 57, mid-session, the session's starting code): 0.883, 0.889, 0.812;
    # read for English round 42 (session 58: 0.883, 0.911, 0.832)
    "en_blind114": {"quote_F1@0.8": 0.86, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.81},
    # first measure (session 57, mid-session, the session's starting code): 0.936, 0.927, 0.877;
    # after English round 41: 0.936, 0.948, 0.897; after round 42: 0.936, 0.958, 0.906
    "en_blind115": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 57, written late, the session's final code): 0.942, 0.921, 0.868
    "en_blind116": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 57, written late, the session's final code): 0.931, 0.926, 0.861
    "en_blind117": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 58, the session's starting code): 0.933, 0.913, 0.862; after
    # English round 42: 0.933, 0.924, 0.872
    "en_blind118": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 58, the session's starting code): 0.925, 0.904, 0.854; read for
    # English round 43 (0.925, 0.915, 0.864)
    "en_blind119": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 58, mid-session, the session's starting code): 0.912, 0.944, 0.870
    "en_blind120": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 58, mid-session, the session's starting code): 0.905, 0.912, 0.826;
    # read for English round 43 (0.905, 0.956, 0.866)
    "en_blind121": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 58, written late, the session's final code): 0.866, 0.944, 0.836
    "en_blind122": {"quote_F1@0.8": 0.84, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.81},
    # first measure (session 58, written late, the session's final code): 0.918, 0.835, 0.776;
    # read for English round 44 (0.918, 0.912, 0.847)
    "en_blind123": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.82},
    # first measure (session 59, the session's starting code): 0.940, 0.926, 0.870; after
    # English round 44: 0.940, 0.947, 0.890
    "en_blind124": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 59, the session's starting code): 0.918, 0.945, 0.878; after
    # English round 44: 0.918, 0.956, 0.888
    "en_blind125": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 59, mid-session, the session's starting code): 0.905, 0.902, 0.834;
    # read for English round 44 (0.905, 0.913, 0.844)
    "en_blind126": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.82},
    # first measure (session 59, mid-session, the session's starting code): 0.956, 0.965, 0.922
    "en_blind127": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.94,
                    "attribution_F1@0.3": 0.90},
    # first measure (session 59, written late, the session's final code): 0.922, 0.933, 0.870
    "en_blind128": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 59, written late, the session's final code): 0.933, 0.946, 0.892
    "en_blind129": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 60, the session's starting code): 0.945, 0.958, 0.905
    "en_blind130": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 60, the session's starting code): 0.918, 0.929, 0.863;
    # read for English round 45 (0.918, 0.953, 0.885)
    "en_blind131": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 60, mid-session, the session's starting code): 0.930, 0.914, 0.850
    "en_blind132": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.83},
    # first measure (session 60, mid-session, the session's starting code): 0.925, 0.926, 0.884
    "en_blind133": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 60, written late, the session's final code): 0.921, 0.875, 0.806
    # raised after English round 46 (session 61), written against it: 0.921, 0.966, 0.890
    "en_blind134": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.94,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 60, written late, the session's final code): 0.908, 0.890, 0.827
    # raised after English round 46 (session 61): 0.908, 0.912, 0.847
    "en_blind135": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.82},
    # first measure (session 61, the session's starting code): 0.915, 0.957, 0.876
    "en_blind136": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 61, the session's starting code): 0.969, 0.946, 0.917
    "en_blind137": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 61, mid-session, the session's starting code): 0.931, 0.947, 0.881
    "en_blind138": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 61, mid-session, the session's starting code): 0.953, 0.928, 0.895
    "en_blind139": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.87},
    # raised after English round 47 (session 62), written against it: 0.915, 0.967, 0.894
    "en_blind140": {"quote_F1@0.8": 0.89, "speaker_acc@0.3": 0.94,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 61, written late, the session's final code): 0.958, 0.957, 0.926
    "en_blind141": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.90},
    # first measure (session 62, the session's starting code): 0.949, 0.946, 0.897
    "en_blind142": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 62, the session's starting code): 0.951, 0.931, 0.885
    "en_blind143": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 62, mid-session, the session's starting code): 0.934, 0.947, 0.914
    "en_blind144": {"quote_F1@0.8": 0.91, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 62, mid-session, the session's starting code): 0.942, 0.944, 0.890
    "en_blind145": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 62, written late, the session's final code): 0.958, 0.926, 0.906
    "en_blind146": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 62, written late, the session's final code): 0.949, 0.936, 0.889
    "en_blind147": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.86},
    # raised after English round 48 (session 63), written against it: 0.942, 0.912, 0.869
    "en_blind148": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 63, the session's starting code): 0.963, 0.946, 0.911
    "en_blind149": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 63, mid-session, the session's starting code): 0.942, 0.901, 0.859
    "en_blind150": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.88,
                    "attribution_F1@0.3": 0.83},
    # first measure (session 63, mid-session, the session's starting code): 0.930, 0.966, 0.908
    "en_blind151": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.94,
                    "attribution_F1@0.3": 0.88},
    # first measure (session 63, written late, the session's final code): 0.941, 0.955, 0.898
    "en_blind152": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 63, written late, the session's final code): 0.963, 0.933, 0.898
    "en_blind153": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 64, the session's starting code): 0.947, 0.945, 0.905
    "en_blind154": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.88},
    # raised after English round 49 (session 64), written against it: 0.949, 0.936, 0.898
    "en_blind155": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 64, mid-session, the session's starting code): 0.953, 0.935, 0.891
    "en_blind156": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.91,
                    "attribution_F1@0.3": 0.87},
    # raised after English round 50 (session 64), written against it: 0.904, 0.904, 0.817
    "en_blind157": {"quote_F1@0.8": 0.88, "speaker_acc@0.3": 0.88,
                    "attribution_F1@0.3": 0.79},
    # first measure (session 64, mid-session, the session's starting code): 0.928, 0.944, 0.876
    "en_blind158": {"quote_F1@0.8": 0.90, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 64, mid-session, the session's starting code): 0.896, 0.978, 0.896
    "en_blind159": {"quote_F1@0.8": 0.87, "speaker_acc@0.3": 0.95,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 65, the session's starting code): 0.949, 0.928, 0.880
    "en_blind160": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.86},
    # first measure (session 65, the session's starting code): 0.949, 0.899, 0.853
    "en_blind161": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.87,
                    "attribution_F1@0.3": 0.83},
    # first measure (session 65, mid-session, the session's starting code): 0.972, 0.877, 0.853
    "en_blind162": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.85,
                    "attribution_F1@0.3": 0.83},
    # raised after English round 51 (session 65), written against it: 0.956, 0.962, 0.919
    "en_blind163": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.94,
                    "attribution_F1@0.3": 0.89},
    # raised after English round 52 (session 66), written against it: 0.956, 0.926, 0.892
    "en_blind164": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.87},
    # raised after English rounds 52 and 53 (session 66), written against it: 0.959, 0.893, 0.863
    "en_blind165": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.87,
                    "attribution_F1@0.3": 0.84},
    # raised after English round 53 (session 66, mid-session), written against it:
    # 0.960, 0.899, 0.863
    "en_blind166": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.87,
                    "attribution_F1@0.3": 0.84},
    # raised after English round 55 (session 67), written against it: 0.957, 0.977, 0.935
    "en_blind167": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.95,
                    "attribution_F1@0.3": 0.91},
    # raised after English round 55 (session 67), written against it: 0.951, 0.969, 0.928
    "en_blind168": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.94,
                    "attribution_F1@0.3": 0.90},
    # first measure (session 67, the session's starting code): 0.979, 0.942, 0.921
    "en_blind169": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.90},
    # first measure (session 67, mid-session, the session's starting code): 0.971, 0.897, 0.878
    "en_blind170": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.87,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 67, mid-session, the session's starting code): 0.971, 0.917, 0.897
    "en_blind171": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 68, the session's starting code): 0.977, 0.945, 0.924
    "en_blind172": {"quote_F1@0.8": 0.95, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.90},
    # first measure (session 68, the session's starting code): 0.962, 0.943, 0.913
    "en_blind173": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.89},
    # first measure (session 68, mid-session, the session's starting code): 0.965, 0.949, 0.922
    "en_blind174": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.90},
    # first measure (session 68, mid-session, the session's starting code): 0.966, 0.922, 0.897
    "en_blind175": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.90,
                    "attribution_F1@0.3": 0.87},
    # first measure (session 69, the session's starting code): 0.962, 0.992, 0.955
    "en_blind176": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.97,
                    "attribution_F1@0.3": 0.93},
    # first measure (session 69, the session's starting code): 0.947, 0.913, 0.872
    "en_blind177": {"quote_F1@0.8": 0.92, "speaker_acc@0.3": 0.89,
                    "attribution_F1@0.3": 0.85},
    # first measure (session 69, mid-session, the session's starting code): 0.966, 0.892, 0.868
    "en_blind178": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.87,
                    "attribution_F1@0.3": 0.84},
    # first measure (session 69, mid-session, the session's starting code): 0.959, 0.789, 0.762
    # (read for English round 58: 0.866, 0.837)
    "en_blind179": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.76,
                    "attribution_F1@0.3": 0.74},
    # first measure (session 70, the session's starting code): 0.966, 0.890, 0.859
    "en_blind180": {"quote_F1@0.8": 0.94, "speaker_acc@0.3": 0.86,
                    "attribution_F1@0.3": 0.83},
    # first measure (session 70, the session's starting code): 0.957, 0.959, 0.931
    "en_blind181": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.93,
                    "attribution_F1@0.3": 0.91},
    # first measure (session 70, mid-session, the session's starting code): 0.982, 0.949, 0.932
    "en_blind182": {"quote_F1@0.8": 0.96, "speaker_acc@0.3": 0.92,
                    "attribution_F1@0.3": 0.91},
    # first measure (session 70, mid-session, the session's starting code): 0.955, 0.802, 0.765
    # (read after its first measure, no rule written)
    "en_blind183": {"quote_F1@0.8": 0.93, "speaker_acc@0.3": 0.78,
                    "attribution_F1@0.3": 0.74},
}


@pytest.mark.parametrize("folder", sorted(SETS))
def test_blind_english_sets_are_what_their_builders_make(folder: str) -> None:
    path = FIXTURES / folder / SETS[folder]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, f"run tests/fixtures/{folder}/{SETS[folder]}"


@pytest.mark.parametrize("folder", sorted(SETS))
def test_blind_english_sets_stay_above_their_floors(folder: str, nlp: Language) -> None:
    golds = load_jsonl(FIXTURES / folder / "gold.jsonl")
    preds = {doc_id: onrecord.extract(doc["text"], nlp, id=doc_id).to_dict()
             for doc_id, doc in golds.items()}
    scores = {s.threshold: s for s in evaluate(golds, preds)}
    for key, floor in FLOORS[folder].items():
        metric, threshold = key.split("@")
        value = getattr(scores[float(threshold)], metric)
        assert value >= floor, f"{folder} {key} = {value:.3f}, floor {floor}"
