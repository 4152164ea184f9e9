import type { QuestionV2 } from "../../types";

export const dataQuestions: QuestionV2[] = [
  {
    "id": "DAT-01",
    "pillar": "data",
    "title": "Data discovery and inventory",
    "prompt": "How completely and how currently does the organisation know where its sensitive data is stored, processed and copied?",
    "why": "Access policy, encryption and monitoring cannot be applied to data nobody knows exists. Forgotten copies in file shares, SaaS tenants and test databases are a recurring source of breaches.",
    "levels": {
      "traditional": "No inventory of data stores is maintained. Knowledge of where sensitive data lives sits with individual system owners, and unmanaged copies (exports, file shares, test databases) surface only after incidents.",
      "initial": "A manually maintained register lists the main databases and file shares for some business units and is refreshed annually or less. Automated discovery scans cover only a few crown-jewel repositories.",
      "advanced": "Scheduled automated discovery covers most on-premises stores, cloud storage accounts and the major SaaS tenants, feeding a central catalogue with a named owner per store. Stores not yet scanned are tracked as exceptions.",
      "optimal": "Discovery is continuous across every environment and picks up new cloud resources within hours of creation. The catalogue records owner, data types and lineage, and stores without an owner or policy are flagged automatically."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Inventory Management"
        }
      ],
      "nist": [
        1,
        7
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Build a register of the 20 systems that hold the most regulated or business-critical data, recording location, data types and an agreed owner for each.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Run an automated data discovery tool against all cloud storage accounts, on-premises file shares and major SaaS tenants, and require a named owner for every store it finds.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Trigger discovery scans automatically when cloud resources are created, and add lineage tracking so copies and derived datasets inherit their source's catalogue entry.",
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
          "No inventory of data stores is maintained.",
          "Knowledge of where sensitive data lives sits with individual system owners, and unmanaged copies (exports, file shares, test databases) surface only after incidents."
        ],
        "initial": [
          "A manually maintained register lists the main databases and file shares for some business units and is refreshed annually or less.",
          "Automated discovery scans cover only a few crown-jewel repositories."
        ],
        "advanced": [
          "Scheduled automated discovery covers most on-premises stores, cloud storage accounts and the major SaaS tenants, feeding a central catalogue with a named owner per store.",
          "Stores not yet scanned are tracked as exceptions."
        ],
        "optimal": [
          "Discovery is continuous across every environment and picks up new cloud resources within hours of creation.",
          "The catalogue records owner, data types and lineage, and stores without an owner or policy are flagged automatically."
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
      "group": "data",
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
    "id": "DAT-02",
    "pillar": "data",
    "title": "Classification and labelling",
    "prompt": "Is sensitive data classified and labelled in a form that systems can read and act on?",
    "why": "Labels let access, DLP and encryption policies treat a payroll export differently from a canteen menu. Without machine-readable classification, every data control falls back to all-or-nothing.",
    "levels": {
      "traditional": "A classification policy may exist on paper, but labels are not applied to data or are applied by hand and inconsistently. No system makes a decision based on classification.",
      "initial": "A label taxonomy is defined and users can label email and office documents, but labelling is optional or limited to some departments. Databases and other structured stores are not classified.",
      "advanced": "Default and mandatory labels apply across email, documents and collaboration sites, and auto-labelling detects common sensitive types such as personal data and card numbers. Major databases carry column-level classification tags.",
      "optimal": "Structured and unstructured data is labelled automatically at creation, label accuracy is checked by regular sampling, and labels drive access, encryption and DLP policy directly. A reclassification takes effect in enforcement within hours."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Categorization"
        }
      ],
      "nist": [
        1,
        4
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Publish a label taxonomy of no more than four levels with concrete examples per level, and enable manual labelling in the email and document suite for a pilot department.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Set a default label for all users, require a label before external sharing, and turn on auto-labelling for personal data and payment card patterns.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Extend automated classification to databases and data lakes, and bind labels to access and DLP policy so a label change updates enforcement without manual rework.",
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
          "A classification policy may exist on paper, but labels are not applied to data or are applied by hand and inconsistently.",
          "No system makes a decision based on classification."
        ],
        "initial": [
          "A label taxonomy is defined and users can label email and office documents, but labelling is optional or limited to some departments.",
          "Databases and other structured stores are not classified."
        ],
        "advanced": [
          "Default and mandatory labels apply across email, documents and collaboration sites, and auto-labelling detects common sensitive types such as personal data and card numbers.",
          "Major databases carry column-level classification tags."
        ],
        "optimal": [
          "Structured and unstructured data is labelled automatically at creation, label accuracy is checked by regular sampling, and labels drive access, encryption and DLP policy directly.",
          "A reclassification takes effect in enforcement within hours."
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
      "group": "data",
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
    "id": "DAT-03",
    "pillar": "data",
    "title": "Data loss prevention",
    "prompt": "How does the organisation detect and stop sensitive data leaving through email, web uploads, cloud apps and endpoints?",
    "why": "Careless users and compromised accounts alike move data out through legitimate channels. DLP judges the content and context of each transfer instead of trusting whoever sends it.",
    "levels": {
      "traditional": "There are no content-aware controls on outbound data, or only a static email gateway rule for a few keywords. Copying to removable media and uploads to personal cloud storage are unrestricted.",
      "initial": "DLP runs in monitor-only mode, or blocks on a single channel such as email, for a handful of data types. Alerts are reviewed ad hoc and rules are not tuned for false positives.",
      "advanced": "DLP blocks or requires justification across email, endpoints, sanctioned cloud apps and web uploads for labelled and pattern-matched data. Incidents land in a triage queue with an agreed response time.",
      "optimal": "DLP actions are risk-adaptive: user risk, device state and destination tighten or relax controls per transfer. Coverage includes generative AI tools and unsanctioned apps, and rules are tuned from incident outcomes."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Access"
        },
        {
          "pillar": "data",
          "function": "Data Categorization"
        }
      ],
      "nist": [
        4,
        7
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enable DLP in monitor mode on email and the main cloud file service for personal data and payment card numbers, and review the matches weekly.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Switch the tuned email and cloud file policies to blocking, extend them to endpoint USB copying and browser uploads, and route incidents to a staffed triage queue with a response target.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Feed user and device risk signals into DLP so high-risk sessions get stricter actions, and add policies covering generative AI tools and unsanctioned destinations.",
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
          "There are no content-aware controls on outbound data, or only a static email gateway rule for a few keywords.",
          "Copying to removable media and uploads to personal cloud storage are unrestricted."
        ],
        "initial": [
          "DLP runs in monitor-only mode, or blocks on a single channel such as email, for a handful of data types.",
          "Alerts are reviewed ad hoc and rules are not tuned for false positives."
        ],
        "advanced": [
          "DLP blocks or requires justification across email, endpoints, sanctioned cloud apps and web uploads for labelled and pattern-matched data.",
          "Incidents land in a triage queue with an agreed response time."
        ],
        "optimal": [
          "DLP actions are risk-adaptive: user risk, device state and destination tighten or relax controls per transfer.",
          "Coverage includes generative AI tools and unsanctioned apps, and rules are tuned from incident outcomes."
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
      "group": "data",
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
    "id": "DAT-04",
    "pillar": "data",
    "title": "Least-privilege data access",
    "prompt": "How is access to data stores granted, reviewed and removed, and how close is it to least privilege?",
    "why": "Broad, standing access to databases, file shares and storage buckets turns a single compromised account into a bulk data breach. Access should be just enough, for just as long as it is needed.",
    "levels": {
      "traditional": "Data access is granted through broad groups or shared accounts and rarely removed. File shares and storage buckets open to everyone or the internet exist and are not tracked.",
      "initial": "Access to key systems goes through an approval workflow and some crown-jewel stores get an annual review. Shared accounts and over-privileged groups remain common elsewhere.",
      "advanced": "Access to most data stores is role-based through the central identity provider and reviewed at least quarterly, with unconfirmed rights revoked automatically. Public and all-users permissions are found by scanning and fixed or tracked.",
      "optimal": "Access to sensitive data is granted just in time per task or session, evaluated against identity, device, data label and behaviour. Unused permissions are removed automatically within days."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Access"
        }
      ],
      "nist": [
        3,
        4,
        6
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Scan file shares and cloud storage for public and all-users permissions, remove them from stores holding sensitive data, and replace shared accounts on the most critical databases with named ones.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Move data store permissions onto identity provider groups and run quarterly access reviews that automatically revoke any right a reviewer does not confirm.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Introduce time-bound, just-in-time access for sensitive datasets and attribute-based policies that combine data labels with user and device risk.",
        "effort": "L",
        "impact": 4,
        "achieves": [
          "optimal-1",
          "optimal-2"
        ]
      }
    },
    "detail": {
      "criteria": {
        "traditional": [
          "Data access is granted through broad groups or shared accounts and rarely removed.",
          "File shares and storage buckets open to everyone or the internet exist and are not tracked."
        ],
        "initial": [
          "Access to key systems goes through an approval workflow and some crown-jewel stores get an annual review.",
          "Shared accounts and over-privileged groups remain common elsewhere."
        ],
        "advanced": [
          "Access to most data stores is role-based through the central identity provider and reviewed at least quarterly, with unconfirmed rights revoked automatically.",
          "Public and all-users permissions are found by scanning and fixed or tracked."
        ],
        "optimal": [
          "Access to sensitive data is granted just in time per task or session, evaluated against identity, device, data label and behaviour.",
          "Unused permissions are removed automatically within days."
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
      "group": "data",
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
    "id": "DAT-05",
    "pillar": "data",
    "title": "Encryption and key management",
    "prompt": "Is sensitive data encrypted at rest and in transit, and who controls the keys?",
    "why": "Encryption limits the damage from stolen disks, snapshots and intercepted traffic, but only if keys are controlled, rotated and kept apart from the people who administer the data.",
    "levels": {
      "traditional": "Encryption relies on whatever defaults exist. Some legacy databases and file servers hold sensitive data unencrypted, connections to data stores may be plaintext, and keys are not inventoried.",
      "initial": "Platform-managed encryption at rest is on for most cloud storage and some database connections use TLS. Keys are provider-managed, and nobody reviews rotation or who can use the keys.",
      "advanced": "Every store holding sensitive data is encrypted at rest and requires TLS 1.2 or later. Crown-jewel data uses customer-managed keys in a central vault or HSM, with rotation schedules and key administrators separate from data administrators.",
      "optimal": "Each key operation is authorised against identity and policy, logged and watched for anomalies, and the most sensitive keys sit in HSMs the organisation controls. Stores that do not meet encryption policy cannot be deployed."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Encryption"
        }
      ],
      "nist": [
        2,
        6
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enable encryption at rest on every storage account, database and backup target holding sensitive data, and enforce TLS on their client connections.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Move crown-jewel data to customer-managed keys in a central vault or HSM, set rotation periods, and split key administration from data administration roles.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Enforce encryption and key policy at deployment so non-compliant stores cannot be created, and alert on anomalous key use from the vault's audit logs.",
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
          "Encryption relies on whatever defaults exist.",
          "Some legacy databases and file servers hold sensitive data unencrypted, connections to data stores may be plaintext, and keys are not inventoried."
        ],
        "initial": [
          "Platform-managed encryption at rest is on for most cloud storage and some database connections use TLS.",
          "Keys are provider-managed, and nobody reviews rotation or who can use the keys."
        ],
        "advanced": [
          "Every store holding sensitive data is encrypted at rest and requires TLS 1.2 or later.",
          "Crown-jewel data uses customer-managed keys in a central vault or HSM, with rotation schedules and key administrators separate from data administrators."
        ],
        "optimal": [
          "Each key operation is authorised against identity and policy, logged and watched for anomalies, and the most sensitive keys sit in HSMs the organisation controls.",
          "Stores that do not meet encryption policy cannot be deployed."
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
      "group": "data",
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
    "id": "DAT-06",
    "pillar": "data",
    "title": "Rights management for shared files",
    "prompt": "Does protection stay with sensitive documents once they are downloaded, forwarded or shared outside the organisation?",
    "why": "Once a file leaves a managed repository, the repository's controls no longer apply. Rights management keeps encryption and usage restrictions attached to the file itself, wherever it goes.",
    "levels": {
      "traditional": "Files are unprotected once downloaded or attached. External sharing relies on password-protected archives or trust in the recipient, and access to a sent file cannot be withdrawn.",
      "initial": "Rights management is available and a few teams such as legal, HR and the board apply it by hand to selected documents. External recipients often cannot open protected files, so workarounds are common.",
      "advanced": "Confidential and restricted labels apply encryption and usage rights automatically to documents and email, external recipients use guest identities, and every open of a protected file is logged.",
      "optimal": "Every open of a protected file is re-evaluated against identity, device and risk. Access can be revoked centrally within minutes, and usage telemetry feeds data access analytics."
    },
    "weight": 1,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Encryption"
        },
        {
          "pillar": "data",
          "function": "Data Access"
        }
      ],
      "nist": [
        3,
        4,
        6
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enable the rights management service and apply protection templates to board, HR and legal documents, with guidance for external recipients on opening them.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Bind encryption and usage rights to the confidential and restricted labels so protection is applied automatically, and route external sharing through guest accounts.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Apply conditional access to every open of protected content and rehearse central revocation of a leaked file end to end.",
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
          "Files are unprotected once downloaded or attached.",
          "External sharing relies on password-protected archives or trust in the recipient, and access to a sent file cannot be withdrawn."
        ],
        "initial": [
          "Rights management is available and a few teams such as legal, HR and the board apply it by hand to selected documents.",
          "External recipients often cannot open protected files, so workarounds are common."
        ],
        "advanced": [
          "Confidential and restricted labels apply encryption and usage rights automatically to documents and email, external recipients use guest identities, and every open of a protected file is logged.",
          "Confidential and restricted labels apply encryption and usage rights automatically to documents and email, external recipients use guest identities, and every open of a protected file is logged."
        ],
        "optimal": [
          "Every open of a protected file is re-evaluated against identity, device and risk.",
          "Access can be revoked centrally within minutes, and usage telemetry feeds data access analytics."
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
      "group": "data",
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
    "id": "DAT-07",
    "pillar": "data",
    "title": "Data availability and recovery",
    "prompt": "Can the organisation restore critical data within agreed objectives, and how does it know?",
    "why": "Availability is part of data security: ransomware and destructive attacks target data directly. Recovery plans that have never been tested routinely fail when they are needed.",
    "levels": {
      "traditional": "Some systems are backed up, but recovery objectives are not defined per dataset. Restores are attempted only when something breaks and the success rate is unknown.",
      "initial": "Recovery point and time objectives exist for the most critical systems and backups cover them. Restore tests are manual, yearly or rarer, and limited to single files or servers.",
      "advanced": "Recovery objectives are set for all data according to its classification, backup coverage and failures are monitored centrally, and full restores of critical datasets are tested at least quarterly against those objectives.",
      "optimal": "Restores are tested automatically into isolated environments with integrity checks and reported against objectives. New data stores are enrolled in backup policy at creation, so coverage gaps do not open up."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Data Availability"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Data"
    },
    "nextSteps": {
      "traditional": {
        "action": "Define recovery point and time objectives for the ten most critical datasets and run a documented test restore of each.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Set recovery objectives for all classified data, centralise backup monitoring with failure alerts, and schedule quarterly full restore tests of critical datasets.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Automate restore testing into an isolated environment with integrity validation, and enrol new data stores in backup policy automatically at creation.",
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
          "Some systems are backed up, but recovery objectives are not defined per dataset.",
          "Restores are attempted only when something breaks and the success rate is unknown."
        ],
        "initial": [
          "Recovery point and time objectives exist for the most critical systems and backups cover them.",
          "Restore tests are manual, yearly or rarer, and limited to single files or servers."
        ],
        "advanced": [
          "Recovery objectives are set for all data according to its classification, backup coverage and failures are monitored centrally, and full restores of critical datasets are tested at least quarterly against those objectives.",
          "Recovery objectives are set for all data according to its classification, backup coverage and failures are monitored centrally, and full restores of critical datasets are tested at least quarterly against those objectives."
        ],
        "optimal": [
          "Restores are tested automatically into isolated environments with integrity checks and reported against objectives.",
          "New data stores are enrolled in backup policy at creation, so coverage gaps do not open up."
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
      "group": "data",
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
    "id": "DAT-08",
    "pillar": "data",
    "title": "Data access monitoring",
    "prompt": "How does the organisation monitor who accesses sensitive data, and how does it detect unusual access?",
    "why": "Compromised credentials and malicious insiders both use valid access, so the warning signs are behavioural: unusual volumes, times, locations or datasets.",
    "levels": {
      "traditional": "Data access is not logged, or logs stay on individual servers and are consulted only during investigations. There is no alerting on data access.",
      "initial": "Audit logging is on for some critical databases and file services and forwarded to the SIEM, with a few static rules such as mass downloads. Gaps in logging coverage are not known.",
      "advanced": "Access logs from most data stores and SaaS repositories reach central analytics with identity context, and behavioural baselines alert on anomalous volumes, locations or access to rarely used data.",
      "optimal": "Access analytics cover every data store and combine data labels with user and device risk. Anomalous access triggers automated responses such as session revocation or access suspension within minutes."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "data",
          "function": "Visibility & Analytics"
        },
        {
          "pillar": "data",
          "function": "Data Access"
        }
      ],
      "nist": [
        5,
        7
      ],
      "dod": "Visibility & Analytics"
    },
    "nextSteps": {
      "traditional": {
        "action": "Turn on audit logging for crown-jewel databases and file services, forward it to the central log platform, and add an alert for bulk downloads.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend audit logging to all sensitive data stores and SaaS repositories, enrich events with identity attributes, and enable behavioural anomaly detection on them.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Connect data access alerts to automated playbooks that revoke sessions or suspend access, and feed data labels into user risk scoring.",
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
          "Data access is not logged, or logs stay on individual servers and are consulted only during investigations.",
          "There is no alerting on data access."
        ],
        "initial": [
          "Audit logging is on for some critical databases and file services and forwarded to the SIEM, with a few static rules such as mass downloads.",
          "Gaps in logging coverage are not known."
        ],
        "advanced": [
          "Access logs from most data stores and SaaS repositories reach central analytics with identity context, and behavioural baselines alert on anomalous volumes, locations or access to rarely used data.",
          "Access logs from most data stores and SaaS repositories reach central analytics with identity context, and behavioural baselines alert on anomalous volumes, locations or access to rarely used data."
        ],
        "optimal": [
          "Access analytics cover every data store and combine data labels with user and device risk.",
          "Anomalous access triggers automated responses such as session revocation or access suspension within minutes."
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
      "group": "data",
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
