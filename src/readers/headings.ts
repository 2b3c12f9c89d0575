// The class of a card's heading, from a table of the wordings cards use (the Hub's card template,
// the Trainer's generated cards, sentence-transformers, timm, RL zoo, Meta's and Google's cards).
// A heading is matched whole, never by a word it contains: "Training results" is a results table,
// "Resume the training" is usage, "Trained using AutoTrain" says nothing about data.

export type HeadingClass =
  | "training"
  | "fine-tuning"
  | "evaluation"
  | "usage"
  | "limitations"
  | "other-models"
  | "license"
  | "citation"
  | "other";

const DATA = "(data|dataset|datasets|data ?sets?|corpus|corpora|data sources?|data mixture|data collection|data sets used)";

/** Wordings per class, each matched against the whole normalised heading; the first class that matches wins. */
const WORDINGS: [HeadingClass, RegExp[]][] = [
  [
    "fine-tuning",
    [
      new RegExp(`^(fine-?tuning|finetuning|instruction tuning|sft|rlhf|alignment)( ${DATA}| details| procedure| setup)?$`),
      new RegExp(`^${DATA} (for|used for) fine-?tuning$`),
    ],
  ],
  [
    "training",
    [
      new RegExp(`^(model )?(pre-?training|training|train)( and evaluation| & evaluation| and validation)? ${DATA}( and preprocessing| & preprocessing| details)?$`),
      /^(pre-?training|training|train)( details| procedure| setup| process| data and procedure| information| methodology| recipe)?$/,
      /^(architecture|model architecture) (and|&) training$/,
      new RegExp(`^${DATA}( used| description| details| and preprocessing| & preprocessing)?$`),
      /^(the )?(training )?data (and|&) (preprocessing|training)$/,
      /^training (hyperparameters|hyper-parameters|configuration|config)$/,
      /^preprocessing( the datasets)?$/,
    ],
  ],
  [
    "evaluation",
    [
      /^(model )?(evaluation|eval|test|testing|validation)( results?| data| datasets?| metrics| commands| details| and results| on test set.*)?$/,
      /^(results?|benchmarks?|performance|metrics|accuracy|scores?|leaderboard|downstream (results|performance|tasks)|test results?|training results|validation metrics)$/,
      /^testing data, factors (&|and) metrics$/,
      /^(evaluation|eval) results? on .+$/,
    ],
  ],
  [
    "limitations",
    [
      /^(intended uses?|intended use cases?)( (&|and) limitations)?$/,
      /^(limitations?|bias|biases|risks|ethical considerations|out-of-scope uses?|misuse.*|safety)( (&|and|,) .*)?$/,
      /^(bias|risks)(, | and | & ).*limitations.*$/,
    ],
  ],
  [
    "usage",
    [
      /^(usage|use|uses|how to use|how to use it|how to get started( with the model)?|getting started|quick ?start|example|examples|inference|direct use|downstream use|installation|requirements|code|demo)( .*)?$/,
      /^(load|run|use|watch|resume|download|upload|tokeni[sz]e|compute|perform) .*$/,
      /^(using|running) (the|this) model.*$/,
    ],
  ],
  ["other-models", [/^(related|other|similar|more|see also|compared?|comparison( with| to| against)?|model (family|variants|zoo))( models?| work| checkpoints?| variants)?$/, /^(model variants|comparison (with|to|against)) .+$/]],
  ["license", [/^(licen[cs]e|licen[cs]ing|terms of use|terms and conditions|legal)( information| and (usage|attribution|citation)| agreement)?$/]],
  ["citation", [/^(citation|citations|cite|citing|how to cite|bibtex|references?|citation information|bibtex entry( and citation info)?|citing (&|and) authors|paper)( .*)?$/]],
];

/** Lower case, no numbering ("2.1"), emoji or punctuation at the ends, single spaces, "&" kept. */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}]|\u{FE0F}/gu, " ")
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+)[.)]?(?=\s|$)/, "")
    .replace(/[?!.:()[\]"'“”]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function classifyHeading(heading: string): HeadingClass {
  const h = normaliseHeading(heading);
  const cls = classOf(h);
  if (cls !== "other") return cls;
  // Bilingual headings ("引用 Citation", "训练数据 Training data"): the Latin part alone.
  const latin = h.replace(/^[^a-z]+/, "");
  return latin !== h && latin !== "" ? classOf(latin) : "other";
}

function classOf(h: string): HeadingClass {
  for (const [cls, patterns] of WORDINGS) if (patterns.some((p) => p.test(h))) return cls;
  return "other";
}

/** Whether a heading is about data ("Training data", "Datasets", "Pretraining corpus"), not procedure or hyperparameters. */
export function headingNamesData(heading: string): boolean {
  return /\b(data|dataset|datasets|data ?sets?|corpus|corpora)\b/.test(normaliseHeading(heading));
}
