import type { QuestionV2 } from "../../types";

export const governanceQuestions: QuestionV2[] = [
  {
    "id": "GOV-01",
    "pillar": "governance",
    "title": "Zero Trust programme and roadmap",
    "prompt": "Who owns the Zero Trust programme, and how are its priorities set and tracked?",
    "why": "Zero Trust spans teams that rarely share a budget; without an accountable owner and a roadmap, pillars advance unevenly and the weakest one sets the risk.",
    "levels": {
      "traditional": "There is no Zero Trust programme. Security projects are chosen team by team without a shared target.",
      "initial": "A named sponsor and a strategy document exist. Work is tracked per project, and progress is not measured against maturity targets.",
      "advanced": "An accountable owner runs a funded roadmap with target stages per pillar. Progress is measured with an assessment at least yearly and reported to leadership.",
      "optimal": "Targets are tied to business risk and reviewed quarterly with executive sponsors. Assessments, metrics and incidents continuously reprioritise the roadmap."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Governance"
        },
        {
          "pillar": "networks",
          "function": "Governance"
        }
      ],
      "nist": [
        7
      ],
      "dod": "Visibility & Analytics"
    },
    "nextSteps": {
      "traditional": {
        "action": "Appoint an accountable executive for Zero Trust and run a baseline assessment across all pillars.",
        "effort": "S",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Set target stages per pillar, fund a roadmap against them, and reassess at least once a year with results reported to leadership.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Tie pillar targets to business risk and review the roadmap quarterly against metrics and incident findings.",
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
          "There is no Zero Trust programme.",
          "Security projects are chosen team by team without a shared target."
        ],
        "initial": [
          "A named sponsor and a strategy document exist.",
          "Work is tracked per project, and progress is not measured against maturity targets."
        ],
        "advanced": [
          "An accountable owner runs a funded roadmap with target stages per pillar.",
          "Progress is measured with an assessment at least yearly and reported to leadership."
        ],
        "optimal": [
          "Targets are tied to business risk and reviewed quarterly with executive sponsors.",
          "Assessments, metrics and incidents continuously reprioritise the roadmap."
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
      "group": "governance",
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
    "id": "GOV-02",
    "pillar": "governance",
    "title": "Access reviews and certification",
    "prompt": "How regularly do owners confirm who has access to systems and data, and what happens to access they do not confirm?",
    "why": "Access accumulates over years; periodic certification by the people who understand the system is the control that removes what nobody needs any more.",
    "levels": {
      "traditional": "Access is never reviewed, or only when an auditor asks. Reviews are spreadsheets with no follow-up.",
      "initial": "Privileged and finance-system access is reviewed once a year by hand. Revocations happen when someone chases them.",
      "advanced": "Owners certify access to all critical systems at least twice a year in a tool. Access that is not confirmed is removed automatically.",
      "optimal": "Reviews are continuous and risk-driven: unusual or unused access triggers a review at once. Certification covers people, service identities and data, and results are reported as metrics."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "identity",
          "function": "Governance"
        }
      ],
      "nist": [
        3,
        6
      ],
      "dod": "User"
    },
    "nextSteps": {
      "traditional": {
        "action": "Run a first review of privileged accounts and access to financial systems, and record each owner's decision.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Move reviews into an access governance tool covering all critical systems twice a year, removing unconfirmed access automatically.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Trigger reviews from risk signals such as unused or anomalous access, and include service identities and data permissions.",
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
          "Access is never reviewed, or only when an auditor asks.",
          "Reviews are spreadsheets with no follow-up."
        ],
        "initial": [
          "Privileged and finance-system access is reviewed once a year by hand.",
          "Revocations happen when someone chases them."
        ],
        "advanced": [
          "Owners certify access to all critical systems at least twice a year in a tool.",
          "Access that is not confirmed is removed automatically."
        ],
        "optimal": [
          "Reviews are continuous and risk-driven: unusual or unused access triggers a review at once.",
          "Certification covers people, service identities and data, and results are reported as metrics."
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
      "group": "governance",
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
    "id": "GOV-03",
    "pillar": "governance",
    "title": "Device and configuration policy",
    "prompt": "Are device security requirements written down, enforced, and managed through exceptions that expire?",
    "why": "A compliance check is only as good as the policy behind it; undocumented requirements and permanent exceptions quietly erode device trust.",
    "levels": {
      "traditional": "Device requirements are informal and differ between teams. Exceptions are granted verbally and never revisited.",
      "initial": "A device security standard exists for corporate laptops. Exceptions are recorded in tickets without an end date.",
      "advanced": "A standard covers all device types, including BYOD and servers, and maps to enforced compliance policies. Exceptions have an owner, a reason and an expiry, and are reviewed monthly.",
      "optimal": "Policy is versioned and tested before rollout, and compliance is reported per business unit. Expired exceptions revoke access automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Governance"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Write a device security standard (encryption, patch level, EDR, screen lock) and record every current exception with an owner.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend the standard to every device type, map each requirement to an enforced compliance policy, and give every exception an expiry date.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Version and test policy changes before rollout, report compliance per business unit, and revoke access when exceptions expire.",
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
          "Device requirements are informal and differ between teams.",
          "Exceptions are granted verbally and never revisited."
        ],
        "initial": [
          "A device security standard exists for corporate laptops.",
          "Exceptions are recorded in tickets without an end date."
        ],
        "advanced": [
          "A standard covers all device types, including BYOD and servers, and maps to enforced compliance policies.",
          "Exceptions have an owner, a reason and an expiry, and are reviewed monthly."
        ],
        "optimal": [
          "Policy is versioned and tested before rollout, and compliance is reported per business unit.",
          "Expired exceptions revoke access automatically."
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
      "group": "governance",
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
    "id": "GOV-04",
    "pillar": "governance",
    "title": "Third-party and software supply chain",
    "prompt": "How are suppliers, SaaS providers and third-party software assessed and governed before and after they get access?",
    "why": "Many breaches arrive through a supplier or a compromised dependency; governance decides what third parties may reach and for how long.",
    "levels": {
      "traditional": "Suppliers and SaaS apps are adopted without a security assessment. Nobody keeps a list of which third parties have access.",
      "initial": "A security questionnaire is sent to major suppliers at onboarding. Third-party access and software sources are not tracked afterwards.",
      "advanced": "Every supplier and SaaS app is risk-tiered before onboarding, with contract security clauses. Third-party access is inventoried and reviewed, and software must come from approved sources with an SBOM for critical apps.",
      "optimal": "Supplier risk is monitored continuously, including breach news and security ratings. Access is just-in-time and time-limited, and dependency risk is tracked for all software in production."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "applications",
          "function": "Governance"
        },
        {
          "pillar": "devices",
          "function": "Asset & Supply Chain Risk Management"
        }
      ],
      "nist": [
        1,
        5
      ],
      "dod": "Application & Workload"
    },
    "nextSteps": {
      "traditional": {
        "action": "Build an inventory of suppliers and SaaS apps with access to company data, and who owns each relationship.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Risk-tier every supplier before onboarding, add security clauses to contracts, and review third-party access twice a year.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Monitor supplier risk continuously, make third-party access just-in-time, and track dependency risk for all production software.",
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
          "Suppliers and SaaS apps are adopted without a security assessment.",
          "Nobody keeps a list of which third parties have access."
        ],
        "initial": [
          "A security questionnaire is sent to major suppliers at onboarding.",
          "Third-party access and software sources are not tracked afterwards."
        ],
        "advanced": [
          "Every supplier and SaaS app is risk-tiered before onboarding, with contract security clauses.",
          "Third-party access is inventoried and reviewed, and software must come from approved sources with an SBOM for critical apps."
        ],
        "optimal": [
          "Supplier risk is monitored continuously, including breach news and security ratings.",
          "Access is just-in-time and time-limited, and dependency risk is tracked for all software in production."
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
      "group": "governance",
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
    "id": "GOV-05",
    "pillar": "governance",
    "title": "Data ownership and lifecycle policy",
    "prompt": "Does every important data set have an owner, a classification and a retention rule that is enforced?",
    "why": "Data nobody owns is kept forever and shared freely; ownership and lifecycle rules decide who may use data and when it must go.",
    "levels": {
      "traditional": "There is no data classification policy or data owner role. Data is kept indefinitely.",
      "initial": "A classification scheme and retention schedule exist on paper. Owners are named for a few systems, and enforcement is manual.",
      "advanced": "Owners are assigned for all critical data sets and approve access to them. Classification and retention rules are enforced by tooling in the main stores, with exceptions recorded.",
      "optimal": "Ownership, classification and retention cover all data stores and are verified continuously. Data past retention is deleted automatically, and data governance metrics are reported to leadership."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Governance"
        }
      ],
      "nist": [
        1
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Publish a four-level data classification scheme and a retention schedule, and name owners for the ten most sensitive data sets.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Assign owners to all critical data sets, route access requests to them, and enforce classification and retention in the main stores.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Verify ownership and classification continuously across all stores and delete data past retention automatically.",
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
          "There is no data classification policy or data owner role.",
          "Data is kept indefinitely."
        ],
        "initial": [
          "A classification scheme and retention schedule exist on paper.",
          "Owners are named for a few systems, and enforcement is manual."
        ],
        "advanced": [
          "Owners are assigned for all critical data sets and approve access to them.",
          "Classification and retention rules are enforced by tooling in the main stores, with exceptions recorded."
        ],
        "optimal": [
          "Ownership, classification and retention cover all data stores and are verified continuously.",
          "Data past retention is deleted automatically, and data governance metrics are reported to leadership."
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
      "group": "governance",
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
    "id": "GOV-06",
    "pillar": "governance",
    "title": "Network and access policy exceptions",
    "prompt": "How are exceptions to network segmentation and access policy requested, approved and retired?",
    "why": "Every permanent firewall hole or policy bypass is a path an attacker can take; exception governance keeps them few, justified and temporary.",
    "levels": {
      "traditional": "Exceptions are granted on request without records. Nobody knows how many bypasses exist.",
      "initial": "Exceptions need an approval in a ticket. They rarely have an end date and are seldom removed.",
      "advanced": "Every exception has an owner, a business reason, compensating controls and an expiry, in one register. Expired exceptions are reviewed monthly and removed or renewed.",
      "optimal": "Exceptions are requested through a workflow that applies them as code with an automatic expiry. The register is reported as a risk metric, and recurring exceptions drive policy changes."
    },
    "weight": 1,
    "mappings": {
      "cisa": [
        {
          "pillar": "networks",
          "function": "Governance"
        }
      ],
      "nist": [
        4
      ],
      "dod": "Network & Environment"
    },
    "nextSteps": {
      "traditional": {
        "action": "Create one register of network and access policy exceptions and record an owner and reason for each existing one.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Require an expiry date and compensating controls for every exception, and review expired ones monthly.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Apply exceptions through an automated workflow with built-in expiry and report the register as a risk metric.",
        "effort": "M",
        "impact": 2,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Exceptions are granted on request without records.",
          "Nobody knows how many bypasses exist."
        ],
        "initial": [
          "Exceptions need an approval in a ticket.",
          "They rarely have an end date and are seldom removed."
        ],
        "advanced": [
          "Every exception has an owner, a business reason, compensating controls and an expiry, in one register.",
          "Expired exceptions are reviewed monthly and removed or renewed."
        ],
        "optimal": [
          "Exceptions are requested through a workflow that applies them as code with an automatic expiry.",
          "The register is reported as a risk metric, and recurring exceptions drive policy changes."
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
      "group": "governance",
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
