import type { QuestionV2 } from "../../types";

export const devicesQuestions: QuestionV2[] = [
  {
    "id": "DEV-01",
    "pillar": "devices",
    "title": "Device inventory",
    "prompt": "How complete and current is the inventory of devices that access enterprise resources, including personal and third-party devices?",
    "why": "A device missing from the inventory cannot be patched, monitored or assessed by access policy. Unknown devices are where compromise goes unnoticed.",
    "levels": {
      "traditional": "Devices are tracked in purchase records or spreadsheets updated by hand. Personal and contractor devices that reach enterprise resources are not recorded, and inventory accuracy is unknown.",
      "initial": "Corporate laptops and desktops are recorded automatically by the endpoint management tool, but mobiles, personal devices and data from other tools are held separately. Reconciliation is manual and occasional.",
      "advanced": "A central inventory merges endpoint management, EDR, network and identity-provider device data for all owned and registered personal devices, each with an owner. Devices seen in sign-ins but absent from it are flagged within a day.",
      "optimal": "The inventory is reconciled continuously across every source and covers owned, personal, contractor, IoT and virtual devices with hardware, software and risk attributes. An unknown device is detected and denied access within minutes."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Asset & Supply Chain Risk Management"
        }
      ],
      "nist": [
        1,
        5,
        7
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enrol every corporate laptop and desktop in an endpoint management tool and make that tool the system of record for owned end-user devices.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Merge endpoint management, EDR, network discovery and identity-provider device records into one inventory, assign an owner to every device, and alert on devices seen in sign-ins but missing from the inventory.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Reconcile all inventory sources continuously, extend coverage to IoT, contractor and virtual devices, and deny access automatically to any device not in the inventory.",
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
          "Devices are tracked in purchase records or spreadsheets updated by hand.",
          "Personal and contractor devices that reach enterprise resources are not recorded, and inventory accuracy is unknown."
        ],
        "initial": [
          "Corporate laptops and desktops are recorded automatically by the endpoint management tool, but mobiles, personal devices and data from other tools are held separately.",
          "Reconciliation is manual and occasional."
        ],
        "advanced": [
          "A central inventory merges endpoint management, EDR, network and identity-provider device data for all owned and registered personal devices, each with an owner.",
          "Devices seen in sign-ins but absent from it are flagged within a day."
        ],
        "optimal": [
          "The inventory is reconciled continuously across every source and covers owned, personal, contractor, IoT and virtual devices with hardware, software and risk attributes.",
          "An unknown device is detected and denied access within minutes."
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
      "group": "devices",
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
    "id": "DEV-02",
    "pillar": "devices",
    "title": "Device compliance gates access",
    "prompt": "Is a device's compliance and health state checked before, and during, access to enterprise applications and data?",
    "why": "Strong user authentication from an infected or unpatched laptop still hands the attacker a session. Gating access on device state makes posture a precondition of trust rather than an afterthought.",
    "levels": {
      "traditional": "Any device with valid user credentials can reach email, SaaS and internal applications. Device state is not considered, apart from perhaps a domain-membership check at the VPN.",
      "initial": "Compliance policies exist in the endpoint management tool, and a few high-value applications require a managed or compliant device. Non-compliance is reported, but most applications still accept any device.",
      "advanced": "Every application federated with the identity provider requires a compliant, managed device for full access, and unmanaged devices get browser-only access with downloads blocked. Exceptions are tracked with expiry dates.",
      "optimal": "Device posture, including EDR risk, patch level and configuration drift, is evaluated per session and continuously. A device that falls out of compliance loses access within minutes and regains it automatically after remediation."
    },
    "weight": 3,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Resource Access"
        },
        {
          "pillar": "devices",
          "function": "Policy Enforcement & Compliance Monitoring"
        }
      ],
      "nist": [
        4,
        5,
        6
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Define a device compliance policy (supported OS version, disk encryption, screen lock, EDR running) in the endpoint management tool, and require a compliant device for email and all administrator access.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend the compliant-device requirement to every application federated with the identity provider, give unmanaged devices browser-only access without downloads, and record exceptions with expiry dates.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Feed EDR risk scores and patch status into conditional access so device risk is re-evaluated continuously, and automate remediation and restoration of access for non-compliant devices.",
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
          "Any device with valid user credentials can reach email, SaaS and internal applications.",
          "Device state is not considered, apart from perhaps a domain-membership check at the VPN."
        ],
        "initial": [
          "Compliance policies exist in the endpoint management tool, and a few high-value applications require a managed or compliant device.",
          "Non-compliance is reported, but most applications still accept any device."
        ],
        "advanced": [
          "Every application federated with the identity provider requires a compliant, managed device for full access, and unmanaged devices get browser-only access with downloads blocked.",
          "Exceptions are tracked with expiry dates."
        ],
        "optimal": [
          "Device posture, including EDR risk, patch level and configuration drift, is evaluated per session and continuously.",
          "A device that falls out of compliance loses access within minutes and regains it automatically after remediation."
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
      "group": "devices",
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
    "id": "DEV-03",
    "pillar": "devices",
    "title": "Endpoint configuration baselines",
    "prompt": "How are security configuration baselines defined, applied and kept in place on end-user devices?",
    "why": "Disabled disk encryption, an open local firewall or a legacy protocol quietly undoes other controls. Centrally enforced baselines keep every device in a known state instead of whatever its user left it in.",
    "levels": {
      "traditional": "Devices are built by hand or from old images with no agreed security baseline, and users can change security settings. Configuration is checked only when something goes wrong.",
      "initial": "A baseline derived from a recognised benchmark is applied to new builds of the main desktop operating system. Older devices and other platforms differ, and drift is found only by occasional scans.",
      "advanced": "Baselines for every supported platform are enforced centrally on all managed devices. Drift is measured daily and reported per device, and each deviation is an approved exception with an owner and expiry date.",
      "optimal": "Baselines are managed as versioned code and tested before staged rollout. Drift is corrected automatically within hours, and baseline compliance feeds directly into each device's access decision."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Policy Enforcement & Compliance Monitoring"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Adopt a recognised benchmark, such as the CIS Benchmarks or the vendor's security baseline, for the main desktop operating system and enforce it on new builds through the endpoint management tool.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Publish baselines for every supported platform, including macOS and mobile, enforce them on all managed devices, and report drift daily with exceptions recorded against an owner and expiry date.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Manage baselines as version-controlled code with staged rollout, automate drift remediation, and include baseline compliance in the device compliance signal used for access decisions.",
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
          "Devices are built by hand or from old images with no agreed security baseline, and users can change security settings.",
          "Configuration is checked only when something goes wrong."
        ],
        "initial": [
          "A baseline derived from a recognised benchmark is applied to new builds of the main desktop operating system.",
          "Older devices and other platforms differ, and drift is found only by occasional scans."
        ],
        "advanced": [
          "Baselines for every supported platform are enforced centrally on all managed devices.",
          "Drift is measured daily and reported per device, and each deviation is an approved exception with an owner and expiry date."
        ],
        "optimal": [
          "Baselines are managed as versioned code and tested before staged rollout.",
          "Drift is corrected automatically within hours, and baseline compliance feeds directly into each device's access decision."
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
      "group": "devices",
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
    "id": "DEV-04",
    "pillar": "devices",
    "title": "Endpoint detection and response",
    "prompt": "What detects and responds to malicious activity on end-user devices, and how much of the estate does it cover?",
    "why": "Signature antivirus misses hands-on-keyboard attacks and abuse of built-in tools. Endpoint telemetry and remote response decide whether an intrusion is contained in minutes or discovered months later.",
    "levels": {
      "traditional": "Signature-based antivirus runs on Windows desktops, managed from local or scattered consoles. There is no behavioural detection, and investigations end with reimaging the machine.",
      "initial": "EDR is deployed on some endpoints, typically corporate Windows devices, and its console is checked during business hours. Coverage gaps are not measured, and every response action is taken by hand.",
      "advanced": "EDR runs on at least 95% of managed end-user devices across all supported operating systems, and devices without a healthy agent are reported daily. Alerts are monitored around the clock, and analysts can isolate devices remotely.",
      "optimal": "EDR covers every managed endpoint, and high-confidence detections trigger automatic isolation, session revocation and ticketing within minutes. Endpoint telemetry is correlated with identity and network data in the SIEM or XDR platform."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Device Threat Protection"
        }
      ],
      "nist": [
        5,
        7
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Deploy an EDR agent to all corporate Windows devices and route its alerts to a monitored queue with a named response owner.",
        "effort": "M",
        "impact": 5,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Extend EDR to macOS, Linux and mobile devices, report devices without a healthy agent daily, and arrange 24/7 alert monitoring with authority to isolate devices remotely.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Automate containment for high-confidence detections (device isolation, session revocation, ticket creation), and correlate EDR telemetry with identity and network signals in the SIEM or XDR platform.",
        "effort": "M",
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
          "Signature-based antivirus runs on Windows desktops, managed from local or scattered consoles.",
          "There is no behavioural detection, and investigations end with reimaging the machine."
        ],
        "initial": [
          "EDR is deployed on some endpoints, typically corporate Windows devices, and its console is checked during business hours.",
          "Coverage gaps are not measured, and every response action is taken by hand."
        ],
        "advanced": [
          "EDR runs on at least 95% of managed end-user devices across all supported operating systems, and devices without a healthy agent are reported daily.",
          "Alerts are monitored around the clock, and analysts can isolate devices remotely."
        ],
        "optimal": [
          "EDR covers every managed endpoint, and high-confidence detections trigger automatic isolation, session revocation and ticketing within minutes.",
          "Endpoint telemetry is correlated with identity and network data in the SIEM or XDR platform."
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
      "group": "devices",
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
    "id": "DEV-05",
    "pillar": "devices",
    "title": "Endpoint patching and vulnerabilities",
    "prompt": "How quickly are operating system, browser and application vulnerabilities on end-user devices found and fixed?",
    "why": "Exploited vulnerabilities on endpoints are a leading way in, and new flaws are weaponised within days. Patch delays measured in weeks leave attackers a predictable window.",
    "levels": {
      "traditional": "Patching depends on users accepting updates or on an occasional manual push, and third-party applications are rarely updated. Nobody measures how long devices stay vulnerable.",
      "initial": "Operating system updates are deployed centrally to corporate devices on a monthly cycle, but browser and third-party application patching is partial. Vulnerability scans run periodically and findings are tracked by hand.",
      "advanced": "The OS, browsers and major third-party applications are patched automatically on all managed devices, critical fixes within 14 days and known-exploited ones within 72 hours. Compliance is measured per device and exceptions are tracked.",
      "optimal": "Vulnerability data is continuous and prioritised by exploitability, and patches roll out automatically in rings within days, or hours for actively exploited flaws. Devices that miss a deadline are restricted from access until updated."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Policy Enforcement & Compliance Monitoring"
        },
        {
          "pillar": "devices",
          "function": "Device Threat Protection"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Deploy operating system updates centrally through the endpoint management tool on a monthly schedule, and run a vulnerability scan of all corporate devices to establish a baseline.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Automate browser and third-party application patching, set deadlines of 14 days for critical and 72 hours for known-exploited vulnerabilities, and report compliance per device.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Prioritise patches using exploitability data, deploy them in automated rings, and tie patch deadlines to device compliance so overdue devices lose access until updated.",
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
          "Patching depends on users accepting updates or on an occasional manual push, and third-party applications are rarely updated.",
          "Nobody measures how long devices stay vulnerable."
        ],
        "initial": [
          "Operating system updates are deployed centrally to corporate devices on a monthly cycle, but browser and third-party application patching is partial.",
          "Vulnerability scans run periodically and findings are tracked by hand."
        ],
        "advanced": [
          "The OS, browsers and major third-party applications are patched automatically on all managed devices, critical fixes within 14 days and known-exploited ones within 72 hours.",
          "Compliance is measured per device and exceptions are tracked."
        ],
        "optimal": [
          "Vulnerability data is continuous and prioritised by exploitability, and patches roll out automatically in rings within days, or hours for actively exploited flaws.",
          "Devices that miss a deadline are restricted from access until updated."
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
      "group": "devices",
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
    "id": "DEV-06",
    "pillar": "devices",
    "title": "Mobile and personal devices",
    "prompt": "How do phones, tablets and personally owned computers gain access to enterprise resources, and what controls apply to them?",
    "why": "Personal and mobile devices often hold corporate email and files with none of the controls of a managed laptop. Without device- or app-level controls, data leaves on devices the organisation cannot see or wipe.",
    "levels": {
      "traditional": "Anyone can set up corporate email or apps on a personal phone or home computer with a username and password. The organisation cannot see, restrict or wipe corporate data on those devices.",
      "initial": "Corporate-owned mobiles are enrolled in mobile device management and a BYOD policy exists. Personal devices still reach email and some applications with MFA alone, and no app-level data protection applies.",
      "advanced": "Corporate mobiles are fully managed, and personal devices may connect only through approved apps with app protection policies (PIN, copy and save restrictions, selective wipe) or browser-only sessions. Unprotected apps are blocked.",
      "optimal": "Access from any mobile or personal device is decided per session on app protection state, OS version, jailbreak or root detection and mobile threat signals. Corporate data is wiped selectively and automatically when risk rises or the user leaves."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Resource Access"
        }
      ],
      "nist": [
        4,
        5,
        6
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Enrol all corporate-owned phones and tablets in mobile device management, and publish a BYOD policy that states what personal devices may access and under which conditions.",
        "effort": "S",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Require approved apps with app protection policies for access from personal mobiles, block native mail clients and unmanaged apps, and restrict personal computers to browser-only access without downloads.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Add mobile threat defence and jailbreak or root signals to per-session access decisions, and automate selective wipe of corporate data on leaver events or high device risk.",
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
          "Anyone can set up corporate email or apps on a personal phone or home computer with a username and password.",
          "The organisation cannot see, restrict or wipe corporate data on those devices."
        ],
        "initial": [
          "Corporate-owned mobiles are enrolled in mobile device management and a BYOD policy exists.",
          "Personal devices still reach email and some applications with MFA alone, and no app-level data protection applies."
        ],
        "advanced": [
          "Corporate mobiles are fully managed, and personal devices may connect only through approved apps with app protection policies (PIN, copy and save restrictions, selective wipe) or browser-only sessions.",
          "Unprotected apps are blocked."
        ],
        "optimal": [
          "Access from any mobile or personal device is decided per session on app protection state, OS version, jailbreak or root detection and mobile threat signals.",
          "Corporate data is wiped selectively and automatically when risk rises or the user leaves."
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
      "group": "devices",
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
    "id": "DEV-07",
    "pillar": "devices",
    "title": "Device supply chain and firmware",
    "prompt": "How does the organisation assure the integrity of devices from procurement, through firmware and boot, to disposal?",
    "why": "Tampered hardware or compromised firmware sits beneath the operating system, out of reach of EDR and reimaging. Trusted supply channels and hardware roots of trust close that gap.",
    "levels": {
      "traditional": "Devices are bought from any channel on price, firmware is never updated after delivery, and secure boot and TPM settings are left as shipped. Disposal does not verify that data was destroyed.",
      "initial": "Devices come from approved vendors and resellers, and firmware updates are applied occasionally to some models. Secure boot and TPM are enabled on new builds, but their state is not verified across the fleet.",
      "advanced": "Devices are bought through authorised channels and registered by the vendor directly into management. Firmware updates are deployed centrally, and secure boot and TPM state are reported for every managed device.",
      "optimal": "Hardware-backed health attestation (secure and measured boot, firmware version) is verified at every access decision, firmware flaws are tracked like OS flaws, and end-of-support dates drive automatic refresh and certified disposal."
    },
    "weight": 1,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Asset & Supply Chain Risk Management"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Restrict device purchases to approved vendors and authorised resellers, enable secure boot and TPM on all new builds, and require certified data destruction for every disposed device.",
        "effort": "S",
        "impact": 3,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Have vendors register new devices directly into the endpoint management tool, deploy firmware updates centrally, and report secure boot and TPM state for every managed device.",
        "effort": "M",
        "impact": 3,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Make hardware-backed health attestation a condition of access, track firmware vulnerabilities alongside OS patching, and automate replacement of devices approaching vendor end of support.",
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
          "Devices are bought from any channel on price, firmware is never updated after delivery, and secure boot and TPM settings are left as shipped.",
          "Disposal does not verify that data was destroyed."
        ],
        "initial": [
          "Devices come from approved vendors and resellers, and firmware updates are applied occasionally to some models.",
          "Secure boot and TPM are enabled on new builds, but their state is not verified across the fleet."
        ],
        "advanced": [
          "Devices are bought through authorised channels and registered by the vendor directly into management.",
          "Firmware updates are deployed centrally, and secure boot and TPM state are reported for every managed device."
        ],
        "optimal": [
          "Hardware-backed health attestation (secure and measured boot, firmware version) is verified at every access decision, firmware flaws are tracked like OS flaws, and end-of-support dates drive automatic refresh and certified disposal.",
          "Hardware-backed health attestation (secure and measured boot, firmware version) is verified at every access decision, firmware flaws are tracked like OS flaws, and end-of-support dates drive automatic refresh and certified disposal."
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
      "group": "devices",
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
    "id": "DEV-08",
    "pillar": "devices",
    "title": "Local admin rights and app control",
    "prompt": "Can users install software and run arbitrary code on their devices, and how are local administrator rights controlled?",
    "why": "Local admin rights and unrestricted execution let one malicious download disable defences and harvest credentials. Removing them stops much commodity malware before detection is even needed.",
    "levels": {
      "traditional": "Most users are local administrators and can install or run any software. Local administrator passwords are shared or identical across machines.",
      "initial": "Local admin rights are removed from most users, but exceptions are granted permanently on request, and local admin passwords are unique per device. Application control only blocks a few known-bad programs.",
      "advanced": "No standard user holds local admin rights; elevation is granted per task through an endpoint privilege tool and logged. Application allow-listing is enforced for high-risk groups and audited elsewhere, with a self-service software catalogue.",
      "optimal": "Application allow-listing based on publisher and reputation rules is enforced on every managed device, elevation is just in time and risk-checked, and blocked execution attempts feed detection automatically."
    },
    "weight": 2,
    "mappings": {
      "cisa": [
        {
          "pillar": "devices",
          "function": "Device Threat Protection"
        }
      ],
      "nist": [
        5
      ],
      "dod": "Device"
    },
    "nextSteps": {
      "traditional": {
        "action": "Remove local administrator rights from standard users, deploy unique, automatically rotated local admin passwords per device, and offer a software request process for legitimate installs.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "initial-1",
          "initial-2"
        ]
      },
      "initial": {
        "action": "Replace permanent admin exceptions with logged per-task elevation through an endpoint privilege tool, publish a self-service software catalogue, and enforce allow-listing for administrators and finance staff.",
        "effort": "M",
        "impact": 4,
        "achieves": [
          "advanced-1",
          "advanced-2"
        ]
      },
      "advanced": {
        "action": "Switch application allow-listing from audit to enforce mode on all managed devices using publisher and reputation rules, and forward blocked execution events to the SOC for triage.",
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
          "Most users are local administrators and can install or run any software.",
          "Local administrator passwords are shared or identical across machines."
        ],
        "initial": [
          "Local admin rights are removed from most users, but exceptions are granted permanently on request, and local admin passwords are unique per device.",
          "Application control only blocks a few known-bad programs."
        ],
        "advanced": [
          "No standard user holds local admin rights; elevation is granted per task through an endpoint privilege tool and logged.",
          "Application allow-listing is enforced for high-risk groups and audited elsewhere, with a self-service software catalogue."
        ],
        "optimal": [
          "Application allow-listing based on publisher and reputation rules is enforced on every managed device, elevation is just in time and risk-checked, and blocked execution attempts feed detection automatically.",
          "Application allow-listing based on publisher and reputation rules is enforced on every managed device, elevation is just in time and risk-checked, and blocked execution attempts feed detection automatically."
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
      "group": "devices",
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
