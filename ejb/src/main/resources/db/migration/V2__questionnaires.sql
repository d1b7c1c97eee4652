-- Global Hub schema, version 2: the technical and ethics questionnaires, as data.
-- Wording and help text are in the web module's questions_*.properties under <id>.text and <id>.help.
-- To change a question's meaning, raise its question_version in a new migration: answers keep the version they answered.

INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.intended-purpose', 'TECHNICAL', 'PURPOSE', 10, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.out-of-scope', 'TECHNICAL', 'PURPOSE', 20, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.input-data', 'TECHNICAL', 'DATA', 30, 'MULTI_CHOICE', 'images,videos,text,audio,metadata,disk-images,network-traffic', 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.deployment', 'TECHNICAL', 'DEPLOYMENT', 40, 'MULTI_CHOICE', 'on-premises,air-gapped,cloud', 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.operating-systems', 'TECHNICAL', 'DEPLOYMENT', 50, 'MULTI_CHOICE', 'windows,linux,macos', 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.hardware', 'TECHNICAL', 'DEPLOYMENT', 60, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.integrations', 'TECHNICAL', 'DEPLOYMENT', 70, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.development-stage', 'TECHNICAL', 'ACCESS', 80, 'SINGLE_CHOICE', 'research,prototype,pilot,production', 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.cost-model', 'TECHNICAL', 'ACCESS', 90, 'SINGLE_CHOICE', 'free,one-off-licence,subscription,on-request', 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.availability', 'TECHNICAL', 'ACCESS', 100, 'SINGLE_CHOICE', 'law-enforcement-only,vetted-buyers,public', 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.skill-level', 'TECHNICAL', 'ACCESS', 110, 'SCALE', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.accuracy', 'TECHNICAL', 'PERFORMANCE', 120, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.accuracy-data', 'TECHNICAL', 'PERFORMANCE', 130, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.group-performance', 'TECHNICAL', 'PERFORMANCE', 140, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.limitations', 'TECHNICAL', 'PERFORMANCE', 150, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.independent-validation', 'TECHNICAL', 'PERFORMANCE', 160, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.validation-details', 'TECHNICAL', 'PERFORMANCE', 170, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.agencies-using', 'TECHNICAL', 'ADOPTION', 180, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.collects-user-data', 'TECHNICAL', 'ADOPTION', 190, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.training', 'TECHNICAL', 'SUPPORT', 200, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.support', 'TECHNICAL', 'SUPPORT', 210, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('tech.update-cadence', 'TECHNICAL', 'SUPPORT', 220, 'SINGLE_CHOICE', 'monthly,quarterly,yearly,irregular', 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.lawful-training-data', 'ETHICS', 'TRAINING_DATA', 10, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.representativeness', 'ETHICS', 'TRAINING_DATA', 20, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.team-diversity', 'ETHICS', 'FAIRNESS', 30, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.bias-testing', 'ETHICS', 'FAIRNESS', 40, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.bias-testing-details', 'ETHICS', 'FAIRNESS', 50, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.human-oversight', 'ETHICS', 'OVERSIGHT', 60, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.explainability', 'ETHICS', 'OVERSIGHT', 70, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.privacy-by-design', 'ETHICS', 'PRIVACY', 80, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.data-minimisation', 'ETHICS', 'PRIVACY', 90, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.security-certifications', 'ETHICS', 'PRIVACY', 100, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.logging', 'ETHICS', 'ACCOUNTABILITY', 110, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.third-party-audit', 'ETHICS', 'ACCOUNTABILITY', 120, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.redress', 'ETHICS', 'ACCOUNTABILITY', 130, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.vulnerability-reporting', 'ETHICS', 'ACCOUNTABILITY', 140, 'YES_NO', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.investigator-wellbeing', 'ETHICS', 'WELLBEING', 150, 'TEXT', NULL, 1);
INSERT INTO question (id, questionnaire, section, ordinal, answer_type, options, question_version) VALUES ('eth.childrens-rights', 'ETHICS', 'WELLBEING', 160, 'TEXT', NULL, 1);
