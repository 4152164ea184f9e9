import type { QuestionV2 } from "../../types";

export const automationQuestions: QuestionV2[] = [
  {
    "id": "AUT-01",
    "pillar": "automation",
    "title": "Automated access provisioning",
    "prompt": "How are accounts and access granted and removed when people join, move or leave?",
    "why": "Manual provisioning leaves leavers with access for days and movers with access they no longer need; automation closes both gaps.",
    "levels": {
      "traditional": "Access is requested by email or ticket and granted by hand in each system. Removal depends on someone remembering.",
      "initial": "The HR system triggers account creation and disabling in the main directory. Application access is still granted and removed by hand.",
      "advanced": "Joiner, mover and leaver events provision and remove access automatically in the directory and the major applications through SCIM or connectors. Leavers lose access within an hour.",
      "optimal": "All access is granted through automated, policy-driven workflows with expiry. Movers lose old entitlements automatically, and orphaned accounts are detected and removed continuously."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Automation & Orchestration"
        }
      ],
      "nist": [
        6
      ],
      "dod": "Automation & Orchestration"
    },
    "nextSteps": {
      "traditional": {
        "action": "Connect the HR system to the directory so that joiners get accounts and leavers are disabled automatically on their last day.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Provision and deprovision the ten most used applications through SCIM or connectors driven by directory groups.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Give every access grant an expiry, remove old entitlements on role change automatically, and scan daily for orphaned accounts.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Access is requested by email or ticket and granted by hand in each system.",
          "Removal depends on someone remembering."
        ],
        "initial": [
          "The HR system triggers account creation and disabling in the main directory.",
          "Application access is still granted and removed by hand."
        ],
        "advanced": [
          "Joiner, mover and leaver events provision and remove access automatically in the directory and the major applications through SCIM or connectors.",
          "Leavers lose access within an hour."
        ],
        "optimal": [
          "All access is granted through automated, policy-driven workflows with expiry.",
          "Movers lose old entitlements automatically, and orphaned accounts are detected and removed continuously."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "critical",
      "group": "automation",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "AUT-02",
    "pillar": "automation",
    "title": "Automated containment and response",
    "prompt": "When a device or account is flagged as compromised, what happens and how fast?",
    "why": "Ransomware moves in minutes; containment that waits for a human to read an alert often comes too late.",
    "levels": {
      "traditional": "Alerts are handled by hand during working hours. Isolating a device or disabling an account takes a ticket and can take a day.",
      "initial": "Analysts can isolate a device or revoke sessions from a console with one action. A few playbooks exist as documents.",
      "advanced": "SOAR playbooks isolate high-confidence compromised devices, revoke sessions and reset credentials automatically, with an analyst approving the riskier steps. Containment typically completes within 15 minutes.",
      "optimal": "Response is automated end to end for common incident types, and playbooks are tested regularly in exercises. Containment happens within minutes around the clock, and outcomes feed detection tuning."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Automation & Orchestration"
        },
        {
          "pillar": "identity",
          "function": "Automation & Orchestration"
        }
      ],
      "nist": [
        5,
        6
      ],
      "dod": "Automation & Orchestration"
    },
    "nextSteps": {
      "traditional": {
        "action": "Give the security team one-click device isolation in the EDR and session revocation in the identity provider, and write playbooks for the top five incident types.",
        "effort": "S",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Implement SOAR playbooks that isolate devices and revoke sessions automatically for high-confidence detections, with approval for disruptive steps.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Automate the full response for common incidents and test each playbook quarterly in a purple-team exercise.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Alerts are handled by hand during working hours.",
          "Isolating a device or disabling an account takes a ticket and can take a day."
        ],
        "initial": [
          "Analysts can isolate a device or revoke sessions from a console with one action.",
          "A few playbooks exist as documents."
        ],
        "advanced": [
          "SOAR playbooks isolate high-confidence compromised devices, revoke sessions and reset credentials automatically, with an analyst approving the riskier steps.",
          "Containment typically completes within 15 minutes."
        ],
        "optimal": [
          "Response is automated end to end for common incident types, and playbooks are tested regularly in exercises.",
          "Containment happens within minutes around the clock, and outcomes feed detection tuning."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "critical",
      "group": "automation",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "AUT-03",
    "pillar": "automation",
    "title": "Network policy as code",
    "prompt": "How are firewall rules and segmentation policies changed, reviewed and deployed?",
    "why": "Hand-edited rule bases drift, accumulate any-to-any exceptions and cannot be audited; policy as code makes every change reviewable and reversible.",
    "levels": {
      "traditional": "Engineers change firewall rules by hand on each device. Nobody can say why most rules exist.",
      "initial": "Rule changes go through a ticket with approval, and some cloud security groups are defined in templates. Device rule bases are still edited by hand.",
      "advanced": "Network and segmentation policy for cloud and data-centre firewalls lives in version control and is deployed by pipeline after peer review. Drift from the declared state is detected daily.",
      "optimal": "All network policy is code, tested before deployment and reconciled continuously. Rules carry owners and expiry, and unused rules are removed automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Automation & Orchestration"
        }
      ],
      "nist": [
        4
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Export the current rule bases, record an owner and purpose for each rule, and require approval for every change.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Move cloud security groups and data-centre firewall policy into version control and deploy them through a reviewed pipeline.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Reconcile policy continuously against the repository, give rules owners and expiry dates, and remove rules unused for 90 days.",
        "effort": "M",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Engineers change firewall rules by hand on each device.",
          "Nobody can say why most rules exist."
        ],
        "initial": [
          "Rule changes go through a ticket with approval, and some cloud security groups are defined in templates.",
          "Device rule bases are still edited by hand."
        ],
        "advanced": [
          "Network and segmentation policy for cloud and data-centre firewalls lives in version control and is deployed by pipeline after peer review.",
          "Drift from the declared state is detected daily."
        ],
        "optimal": [
          "All network policy is code, tested before deployment and reconciled continuously.",
          "Rules carry owners and expiry, and unused rules are removed automatically."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "automation",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "AUT-04",
    "pillar": "automation",
    "title": "Security gates in delivery pipelines",
    "prompt": "Which security checks run automatically before code and configuration reach production?",
    "why": "Checks that depend on someone remembering are skipped under deadline pressure; automated gates apply the same standard to every release.",
    "levels": {
      "traditional": "Security review happens occasionally and by hand, if at all. Releases go out without automated security checks.",
      "initial": "Some repositories run dependency or code scanning in CI. Findings are reported but do not stop a release.",
      "advanced": "All production pipelines run code, dependency, secret and infrastructure-as-code scanning. Critical findings block the release unless an exception is approved and recorded.",
      "optimal": "Gates cover every pipeline, including policy checks on deployment manifests and signed artefacts. Exceptions expire automatically, and gate results feed a live risk view per application."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Automation & Orchestration"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Automation & Orchestration"
    },
    "nextSteps": {
      "traditional": {
        "action": "Add dependency and secret scanning to the CI pipelines of the most critical applications.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Run code, dependency, secret and IaC scanning in every production pipeline and block releases on critical findings, with a recorded exception process.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Enforce signed artefacts and admission policies for deployments, and make exceptions expire automatically.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Security review happens occasionally and by hand, if at all.",
          "Releases go out without automated security checks."
        ],
        "initial": [
          "Some repositories run dependency or code scanning in CI.",
          "Findings are reported but do not stop a release."
        ],
        "advanced": [
          "All production pipelines run code, dependency, secret and infrastructure-as-code scanning.",
          "Critical findings block the release unless an exception is approved and recorded."
        ],
        "optimal": [
          "Gates cover every pipeline, including policy checks on deployment manifests and signed artefacts.",
          "Exceptions expire automatically, and gate results feed a live risk view per application."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "automation",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  },
  {
    "id": "AUT-05",
    "pillar": "automation",
    "title": "Automated data protection",
    "prompt": "Are labelling, protection and clean-up of sensitive data applied automatically?",
    "why": "People do not label files consistently; automatic classification and protection keep controls attached to data as it moves.",
    "levels": {
      "traditional": "Labelling and protection depend on each user. Nothing acts on sensitive data found in the wrong place.",
      "initial": "Default labels apply in the main collaboration suite, and DLP alerts on a few patterns such as card numbers. Responses are manual.",
      "advanced": "Sensitive data is detected and labelled automatically in major stores, and labels drive encryption and sharing restrictions. DLP blocks or quarantines high-risk transfers.",
      "optimal": "Classification, protection, retention and deletion run automatically across all stores and endpoints. Actions adapt to user risk, and false positives are reviewed to tune rules."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Automation & Orchestration"
        }
      ],
      "nist": [
        1,
        6
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Turn on default sensitivity labels and DLP alerting for payment card and national identity numbers in the collaboration suite.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Enable automatic classification in the major data stores and make labels enforce encryption and block external sharing of highly sensitive data.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Extend automatic protection and retention to every store and endpoint, and let user risk adjust DLP actions.",
        "effort": "L",
        "impact": 3,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Labelling and protection depend on each user.",
          "Nothing acts on sensitive data found in the wrong place."
        ],
        "initial": [
          "Default labels apply in the main collaboration suite, and DLP alerts on a few patterns such as card numbers.",
          "Responses are manual."
        ],
        "advanced": [
          "Sensitive data is detected and labelled automatically in major stores, and labels drive encryption and sharing restrictions.",
          "DLP blocks or quarantines high-risk transfers."
        ],
        "optimal": [
          "Classification, protection, retention and deletion run automatically across all stores and endpoints.",
          "Actions adapt to user risk, and false positives are reviewed to tune rules."
        ]
      },
      "evidence": {
        "traditional": "TODO",
        "initial": "TODO",
        "advanced": "TODO",
        "optimal": "TODO"
      },
      "verify": "TODO",
      "naAllowed": true,
      "importance": "standard",
      "group": "automation",
      "prerequisites": [],
      "microsoft": {
        "pillar": "Identity",
        "scenarios": [
          "modernize-posture"
        ],
        "objective": "identity.1"
      },
      "dod": {}
    }
  }
];
