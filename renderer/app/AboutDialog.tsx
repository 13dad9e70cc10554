import { InfoDialog } from '../core/widgets/InfoDialog';

/** Hjälp › Om Paragraf: what the app is, its version and the licences of what it ships. */
export function AboutDialog({ onClose }: { onClose(): void }) {
  return (
    <InfoDialog heading="Om Paragraf" className="status-dialog about-dialog" onClose={onClose}>
      <p>Paragraf {__PARAGRAF_VERSION__}</p>
      <p>
        Skriv protokoll för nämnder, styrelser och föreningar: från kallelse till justerat
        protokoll, utdrag och anslagsbevis, i PDF och Word. Paragraf fungerar helt utan internet;
        protokollen sparas i det bibliotek du väljer, på datorn eller i en delad mapp.
      </p>
      <p>
        Licens: MIT. Typsnittet Liberation Sans följer med under SIL Open Font License 1.1, den
        svenska ordlistan under LGPL 3.
      </p>
    </InfoDialog>
  );
}
