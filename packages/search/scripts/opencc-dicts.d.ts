// opencc-js ships types for its converters, not for the raw dictionaries: each is one string
// of `source target|…` pairs.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
