import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
// Names in a card that are not public datasets at all: AutoTrain's private uploads, local paths,
// the generic loaders of local files, placeholders ("custom"). No catalogue can know them; they
// are the publisher's own data, whose terms only the card (or the policy) can state. Telling them
// apart from an unknown public dataset keeps the advice honest: "declare its terms", not "wait
// for the catalogue to learn it".







/** `org/autotrain-data-<project>`: the dataset repository AutoTrain (and AutoNLP before it) creates, private by default, for a project's uploaded files. */
const AUTOTRAIN = /(?:^|\/)(?:autotrain|autonlp)-data-[\w.-]+$/i;
/** `./data/train.csv`, `/home/me/corpus`, `C:\data`, `train.jsonl`. */
const LOCAL_PATH = /^(?:\.{1,2}[\\/]|[\\/~]|[a-z]:[\\/])|\.(?:csv|tsv|jsonl?|txt|parquet|arrow|xlsx?|zip|tar(?:\.gz)?)$/i;
/** The `datasets` library's loaders of local files: the name says how files were read, not which. */
const LOCAL_LOADERS = new Set(["audiofolder", "audio_folder", "imagefolder", "image_folder", "videofolder", "csv", "json", "text", "parquet", "pandas"]);
const PLACEHOLDERS = new Set(
  // `none`: the Trainer's card template says "fine-tuned ... on the None dataset" when it was given no dataset name.
  ["none", "custom", "custom dataset", "custom data", "own", "own data", "my dataset", "my data", "mydataset", "mycorpus", "private", "private data", "private dataset", "in-house", "in house", "internal", "internal data", "proprietary", "data", "dataset", "data set"],
);

function ownData(ref) {
  const name = ref.trim();
  if (AUTOTRAIN.test(name)) {
    return { kind: "autotrain-upload", reason: `'${name}' is the dataset repository AutoTrain creates for a project's uploaded files (private by default): the publisher's own data, not a public dataset` };
  }
  const lower = name.toLowerCase();
  if (LOCAL_LOADERS.has(lower)) return { kind: "local-files", reason: `'${name}' is the datasets library's loader of local files: it says how the data was read, not what it is` };
  if (LOCAL_PATH.test(name)) return { kind: "local-files", reason: `'${name}' is a path to local files, not a public dataset` };
  // "the None dataset", "proprietary data": the placeholder followed by the word for data.
  const placeholder = lower.replace(/[_-]+/g, " ").trim();
  if (PLACEHOLDERS.has(placeholder) || PLACEHOLDERS.has(placeholder.replace(/\s+(?:dataset|data set|data|corpus)$/, ""))) {
    return { kind: "placeholder", reason: `'${name}' names no dataset: it stands for the publisher's own data` };
  }
  return undefined;
}

export { ownData as o };
