// Further bench figures that other features add (for example quiz generation time). Each returns
// { name, value, unit, budget, status }.
export async function extraBenchRows() {
  return [];
}
