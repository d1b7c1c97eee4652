package org.globalhub.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Plausible free-text answers for the demo data, a few variants per question. */
final class DemoAnswers {

    private static final Map<String, List<String>> TEXTS =
            Map.ofEntries(
                    Map.entry(
                            "tech.intended-purpose",
                            List.of(
                                    "%s It supports the investigator's decision; it never decides alone.")),
                    Map.entry(
                            "tech.out-of-scope",
                            List.of(
                                    "Not for use as sole evidence in court. Not for monitoring the general public.",
                                    "Not for screening job applicants or for any use outside criminal investigations.",
                                    "Not designed for adults' content moderation or for mass surveillance.")),
                    Map.entry(
                            "tech.hardware",
                            List.of(
                                    "A workstation with 32 GB of memory and a graphics card with 8 GB; runs on CPU only at a third of the speed.",
                                    "Any server with 16 GB of memory; no graphics card needed.",
                                    "A laptop is enough for cases below 100,000 files.")),
                    Map.entry(
                            "tech.integrations",
                            List.of(
                                    "Imports and exports VICS 2.0 (Project VIC) JSON; plug-ins for the two most common forensic suites.",
                                    "Reads E01 and raw disk images; exports CSV and VICS.",
                                    "REST interface documented in OpenAPI; exports to the national case system on request.")),
                    Map.entry(
                            "tech.accuracy",
                            List.of(
                                    "Precision 0.94 and recall 0.89 at the default threshold.",
                                    "92%% of relevant files are found in the first 10%% of the queue.",
                                    "Mean absolute error of 2.1 years on the test set.")),
                    Map.entry(
                            "tech.accuracy-data",
                            List.of(
                                    "12,000 labelled files from three police agencies, never used in training.",
                                    "A public benchmark plus 5,000 cases donated under a data-sharing agreement.",
                                    "Internal test set; its composition is described in the model card on request.")),
                    Map.entry(
                            "tech.group-performance",
                            List.of(
                                    "Recall is 6 points lower for darker skin tones; we publish the gap and work on it.",
                                    "Tested across four age bands and both sexes: differences below 3 points.",
                                    "Not measured yet across groups.")),
                    Map.entry(
                            "tech.limitations",
                            List.of(
                                    "Lower accuracy on very small or heavily compressed images. Drawings and animations are not covered.",
                                    "Works less well on slang and mixed languages; new grooming patterns need retraining.",
                                    "Results on low-light video are unreliable.")),
                    Map.entry(
                            "tech.validation-details",
                            List.of(
                                    "Evaluated in 2025 by a university forensic lab; report available to vetted agencies.",
                                    "Validated by a national police ICT centre on its own data.",
                                    "No external validation yet; planned for next year.")),
                    Map.entry(
                            "tech.agencies-using",
                            List.of(
                                    "Used by 14 agencies in 9 countries.",
                                    "Piloted by 3 national units.",
                                    "Used by more than 40 agencies; the list is shared with vetted users only.")),
                    Map.entry(
                            "tech.training",
                            List.of(
                                    "Two-day course online or on site; videos in English, French and Spanish.",
                                    "Free webinars each month and a written guide.",
                                    "Training by partner police academies.")),
                    Map.entry(
                            "tech.support",
                            List.of(
                                    "Help desk on working days in English; critical issues answered within 4 hours.",
                                    "Support by e-mail and a user forum for vetted agencies.",
                                    "Community support only.")),
                    Map.entry(
                            "eth.lawful-training-data",
                            List.of(
                                    "Trained only on material held by police under a legal mandate, inside police premises; no copies leave them.",
                                    "Trained on synthetic data and on data licensed from agencies under written agreements.",
                                    "Public datasets for the non-abuse classes; abuse classes trained by agencies on their own premises.")),
                    Map.entry(
                            "eth.representativeness",
                            List.of(
                                    "Data covers children from all continents; boys are under-represented (31%%).",
                                    "Balanced for gender and age bands; skin tones measured with the Monk scale.",
                                    "Mostly European and North American material; we say so in the limitations.")),
                    Map.entry(
                            "eth.team-diversity",
                            List.of(
                                    "The team of 18 has 8 women and people from 7 countries.",
                                    "Reviewed by an advisory board including survivors' organisations.",
                                    "Small team; an external ethics adviser reviews each release.")),
                    Map.entry(
                            "eth.bias-testing-details",
                            List.of(
                                    "Every release is tested for differences by gender, age and skin tone; results are in the release notes.",
                                    "Tested once in 2024 by an academic partner.",
                                    "Testing covers languages and dialects of the chats.")),
                    Map.entry(
                            "eth.explainability",
                            List.of(
                                    "Each result shows the regions of the image that drove it and a confidence level.",
                                    "The flagged messages are highlighted with the patterns that matched.",
                                    "Scores only; no explanation of individual results.")),
                    Map.entry(
                            "eth.privacy-by-design",
                            List.of(
                                    "Runs fully offline; nothing leaves the agency's network. Data is deleted at case closure.",
                                    "Only hashes leave the device; no images are uploaded.",
                                    "Pseudonymises names and account ids before analysis.")),
                    Map.entry(
                            "eth.security-certifications",
                            List.of(
                                    "ISO/IEC 27001 certified; yearly penetration tests.",
                                    "Code audited by a national cybersecurity agency.",
                                    "SOC 2 Type II for the cloud version.")),
                    Map.entry(
                            "eth.redress",
                            List.of(
                                    "Agencies can report wrong results through the help desk; we reply within 10 working days.",
                                    "A public contact for complaints; an independent ombudsperson reviews unresolved cases.",
                                    "Through the agency that uses the tool.")),
                    Map.entry(
                            "eth.investigator-wellbeing",
                            List.of(
                                    "Blurred and greyscale previews by default, sound off, break reminders.",
                                    "Limits the number of images shown per session; guidance from occupational psychologists.",
                                    "Reduces the number of files a person must view by about 70%%.")),
                    Map.entry(
                            "eth.childrens-rights",
                            List.of(
                                    "Designed with a child-rights impact assessment following UNICEF guidance.",
                                    "The best interests of the child guide our roadmap; survivors' groups review features.",
                                    "Victim identification results are shared only with the victim-identification unit.")));

    private DemoAnswers() {}

    static String text(String questionId, String summary, String provider, Random random) {
        List<String> variants = TEXTS.get(questionId);
        if (variants == null) {
            return "Answer by " + provider + ".";
        }
        return String.format(variants.get(random.nextInt(variants.size())), summary);
    }
}
